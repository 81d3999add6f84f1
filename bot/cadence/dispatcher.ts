import { randomUUID } from 'node:crypto';
import type { DeadLetterRepository } from '../../shared/store/dead-letter-repository.ts';
import type { DeliveryLedger } from '../../shared/store/delivery-ledger.ts';
import type { PersonalConversations } from '../../shared/store/personal-conversations.ts';
import { teamPartitionKey } from '../../shared/store/team-scope.ts';
import type { BotDeps } from '../handlers/bot-deps.ts';
import { DeliveryError, type ConversationAddress, type SentMessage } from '../handlers/outbound.ts';
import type { Logger } from '../logger.ts';
import { NETWORK_CODES, type FanoutSender } from './fanout-sender.ts';
import type { JobDestination, JobHandler, JobPlan } from './job-handler.ts';
import type { JobHandlers } from './job-handlers.ts';
import type { JobQueue, ReceivedJob } from './job-queue.ts';
import { jobKey, type CadenceJob } from './jobs.ts';
import { backoffSeconds, type Pacing, type Permit } from './pacing.ts';

export interface DispatcherOptions {
  deps: BotDeps;
  queue: JobQueue;
  handlers: JobHandlers;
  ledger: Pick<DeliveryLedger, 'claim' | 'markSent' | 'markFailed' | 'release'>;
  deadLetters: Pick<DeadLetterRepository, 'put'>;
  sender: FanoutSender;
  pacing: Pacing;
  /** Where 1:1 conversation ids are remembered; without it every person send opens the chat first. */
  conversations?: Pick<PersonalConversations, 'get' | 'put'>;
  logger: Logger;
  /** Concurrent workers in this instance; default 8. */
  workers?: number;
  /** Messages a worker takes per receive; default 8. */
  batchSize?: number;
  /** How long a received message stays invisible to other workers; default 120 s. */
  visibilityTimeoutSeconds?: number;
  /** Deliveries of a job after which it is dead-lettered; default 8. */
  maxAttempts?: number;
  /** Pause between polls of an empty queue; default 1 s. */
  idlePollMs?: number;
  /** Identifies this instance in the ledger's claims. */
  instanceId?: string;
  random?: () => number;
}

export interface Dispatcher {
  readonly instanceId: string;
  /** Stops taking jobs and resolves once every job in hand is settled. */
  stop(): Promise<void>;
}

/** What the dispatcher does with a job after a failed attempt. */
type Outcome =
  | { kind: 'retry'; delaySeconds: number; reason: string }
  | { kind: 'deadLetter'; reason: string; status?: number; code?: string; channelGone?: boolean };

/**
 * The fan-out workers: each takes a batch from the queue, asks the job's handler what to send, paces the
 * call under Teams' limits, claims the job's key in the delivery ledger, sends once through a sender that
 * never retries or sleeps by itself, records `sent`, and completes the message. A 429 releases the claim
 * and hands the job back after Retry-After, blocking only that conversation (or tenant) in the pacing;
 * 412/502/503/504 and refused connections back off with full jitter; a refusal (400, 403, 404…) or the
 * N-th failure dead-letters the job with its reason. See delivery-ledger.ts for the once-only guarantee.
 */
export function startDispatcher(options: DispatcherOptions): Dispatcher {
  const { deps, queue, ledger, sender, pacing, logger } = options;
  const instanceId = options.instanceId ?? randomUUID();
  const batchSize = options.batchSize ?? 8;
  const visibility = options.visibilityTimeoutSeconds ?? 120;
  const maxAttempts = options.maxAttempts ?? 8;
  const idlePollMs = options.idlePollMs ?? 1000;
  const random = options.random ?? Math.random;
  let stopping = false;
  const wakeIdle = new Set<() => void>();

  async function idle(ms: number): Promise<void> {
    if (stopping) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wakeIdle.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      wakeIdle.add(done);
    });
  }

  async function work(): Promise<void> {
    while (!stopping) {
      let batch: ReceivedJob[];
      try {
        batch = await queue.receive(batchSize, visibility);
      } catch (error) {
        logger.warn({ err: error }, 'fan-out: receiving from the queue failed');
        await idle(idlePollMs);
        continue;
      }
      if (batch.length === 0) {
        await idle(idlePollMs);
        continue;
      }
      // Jobs already received are finished even while stopping: their visibility would only run out.
      for (const received of batch) await settle(received);
    }
  }

  async function settle(received: ReceivedJob): Promise<void> {
    try {
      await run(received);
    } catch (error) {
      // Storage failed mid-job: the message reappears after its visibility timeout and the ledger decides.
      logger.error(
        { err: error, job: received.job },
        'fan-out: a job failed; the queue will hand it out again',
      );
    }
  }

  async function run(received: ReceivedJob): Promise<void> {
    const { job } = received;
    let plan: JobPlan;
    try {
      const handler = options.handlers[job.kind] as JobHandler;
      plan = await handler(deps, job, deps.now());
    } catch (error) {
      await failed(received, retriable(received, `the job's handler failed: ${String(error)}`));
      return;
    }
    if (plan.kind === 'skip') {
      logger.info({ job, reason: plan.reason }, 'fan-out: skipped');
      await queue.complete(received);
      return;
    }
    let address: ConversationAddress;
    try {
      address = await conversationOf(job, plan.destination);
    } catch (error) {
      // Opening a 1:1 chat is idempotent (Teams answers the same id), so any doubt here is safe to retry.
      await failed(received, outcomeOf(received, error, plan.destination, true));
      return;
    }
    const permit = await pacing.acquire(job.tenantId, address.conversationId);
    const key = { tenantId: job.tenantId, teamId: job.teamId, key: jobKey(job) };
    const claimedAt = deps.now();
    const claim = await ledger.claim(key, instanceId, claimedAt);
    if (claim.kind !== 'claimed') {
      permit.refund();
      await alreadyHandled(received, plan, address, claim);
      return;
    }
    let message: SentMessage;
    try {
      message = await sender.post(address, plan.reply);
    } catch (error) {
      const outcome = outcomeOf(received, error, plan.destination, false, permit, address);
      if (outcome.kind === 'retry') await ledger.release(key, claim.etag);
      else await ledger.markFailed(key, claimedAt, outcome.reason);
      await failed(received, outcome);
      return;
    }
    await ledger.markSent(key, claimedAt, message, deps.now());
    await afterSent(received, plan, message);
  }

  async function alreadyHandled(
    received: ReceivedJob,
    plan: Extract<JobPlan, { kind: 'send' }>,
    address: ConversationAddress,
    claim: Exclude<Awaited<ReturnType<DispatcherOptions['ledger']['claim']>>, { kind: 'claimed' }>,
  ): Promise<void> {
    const { job } = received;
    switch (claim.kind) {
      case 'sent':
        // A redelivery after a crash between the send and the acknowledgement: finish the bookkeeping only.
        await afterSent(received, plan, {
          serviceUrl: address.serviceUrl,
          conversationId: claim.delivery.conversationId,
          activityId: claim.delivery.activityId,
        });
        return;
      case 'failed':
        await queue.complete(received);
        return;
      case 'busy':
        // Usually a duplicate message being sent right now: look again soon; only a dead claim lasts the lease.
        await queue.retryLater(
          received,
          Math.min(Math.ceil(claim.retryInMs / 1000), 2 ** Math.min(received.dequeueCount, 6)),
        );
        return;
      case 'unknown':
        logger.error({ job, claim }, 'fan-out: a send was claimed and never recorded; not resending');
        await deadLetter(received, {
          kind: 'deadLetter',
          reason: `unknown outcome: claimed by ${claim.instanceId} at ${claim.claimedAt} and never recorded; not resent (at-most-once)`,
        });
        return;
    }
  }

  async function afterSent(
    received: ReceivedJob,
    plan: Extract<JobPlan, { kind: 'send' }>,
    message: SentMessage,
  ): Promise<void> {
    try {
      await plan.sent?.(message);
    } catch (error) {
      // The message is in Teams and the ledger says so; the redelivery only runs `sent` again.
      logger.warn({ err: error, job: received.job }, 'fan-out: recording a sent message failed');
      await queue.retryLater(received, backoffSeconds(received.dequeueCount, random));
      return;
    }
    await queue.complete(received);
  }

  async function conversationOf(job: CadenceJob, destination: JobDestination): Promise<ConversationAddress> {
    if (destination.kind === 'conversation') return destination.address;
    const { tenantId, serviceUrl, teamsUserId } = destination.address;
    const known = await options.conversations?.get(tenantId, teamsUserId);
    if (known !== undefined) return { tenantId, serviceUrl, conversationId: known };
    // Opening the chat is a connector call too: it counts against the tenant's cap, not a conversation's.
    const permit = await pacing.acquire(job.tenantId);
    let conversationId: string;
    try {
      conversationId = await sender.openPersonal(destination.address);
    } catch (error) {
      throttle(job, error, permit, undefined);
      throw error;
    }
    await options.conversations?.put(tenantId, teamsUserId, conversationId);
    return { tenantId, serviceUrl, conversationId };
  }

  /** A 429: give back the slot (Teams did not count it) and block what it names. */
  function throttle(
    job: CadenceJob,
    error: unknown,
    permit: Permit,
    conversationId: string | undefined,
  ): void {
    if (!(error instanceof DeliveryError) || error.status !== 429) return;
    permit.refund();
    const retryAfterMs = (error.retryAfterSeconds ?? 1) * 1000;
    const scope = pacing.throttled(job.tenantId, conversationId, retryAfterMs);
    logger.info({ job, scope, retryAfterMs }, 'fan-out: throttled by Teams');
  }

  function outcomeOf(
    received: ReceivedJob,
    error: unknown,
    destination: JobDestination,
    idempotentCall: boolean,
    permit?: Permit,
    address?: ConversationAddress,
  ): Outcome {
    if (!(error instanceof DeliveryError)) {
      return idempotentCall
        ? retriable(received, `sending failed: ${String(error)}`)
        : { kind: 'deadLetter', reason: `unknown outcome: ${String(error)}; not resent (at-most-once)` };
    }
    const { status, code } = error;
    const described = `${status ?? 'no answer'}${code ? ` ${code}` : ''}`;
    if (status === 429) {
      if (permit) throttle(received.job, error, permit, address?.conversationId);
      return {
        kind: 'retry',
        delaySeconds: Math.max(1, Math.ceil(error.retryAfterSeconds ?? 1)),
        reason: described,
      };
    }
    if (
      status === 412 ||
      status === 502 ||
      status === 503 ||
      status === 504 ||
      code === NETWORK_CODES.notSent
    ) {
      return retriable(received, described, status, code);
    }
    if (status === undefined || status >= 500) {
      return idempotentCall
        ? retriable(received, described, status, code)
        : {
            kind: 'deadLetter',
            reason: `unknown outcome (${described}): Teams may have the message; not resent (at-most-once)`,
            status,
            code,
          };
    }
    // 403 (BotNotInConversationRoster: removed, or blocked by the person) and a channel's 404 are final.
    const channelGone = destination.kind === 'conversation' && (status === 403 || status === 404);
    return {
      kind: 'deadLetter',
      reason: `refused by Teams (${described}): ${error.message}`,
      status,
      code,
      channelGone,
    };
  }

  function retriable(received: ReceivedJob, reason: string, status?: number, code?: string): Outcome {
    if (received.dequeueCount >= maxAttempts) {
      return {
        kind: 'deadLetter',
        reason: `failed ${received.dequeueCount} times; last: ${reason}`,
        status,
        code,
      };
    }
    return { kind: 'retry', delaySeconds: backoffSeconds(received.dequeueCount, random), reason };
  }

  async function failed(received: ReceivedJob, outcome: Outcome): Promise<void> {
    if (outcome.kind === 'retry') {
      logger.info({ job: received.job, ...outcome }, 'fan-out: retrying later');
      await queue.retryLater(received, outcome.delaySeconds);
      return;
    }
    await deadLetter(received, outcome);
  }

  async function deadLetter(
    received: ReceivedJob,
    outcome: Extract<Outcome, { kind: 'deadLetter' }>,
  ): Promise<void> {
    const { job } = received;
    logger.warn({ job, reason: outcome.reason }, 'fan-out: dead-lettered');
    await options.deadLetters.put(teamPartitionKey(job), jobKey(job), {
      job,
      reason: outcome.reason,
      attempts: received.dequeueCount,
      ...(outcome.status === undefined ? {} : { lastStatus: outcome.status }),
      ...(outcome.code === undefined ? {} : { lastCode: outcome.code }),
      at: deps.now().toISOString(),
    });
    if (outcome.channelGone) await deactivateTeam(job);
    await queue.complete(received);
  }

  /** The bot is no longer in the team's channel (removed, or the channel is gone): stop posting there. */
  async function deactivateTeam(job: CadenceJob): Promise<void> {
    await deps.repos.teams.update(job, (team) => ({
      ...team,
      active: false,
      updatedAt: deps.now().toISOString(),
    }));
  }

  const running = Array.from({ length: Math.max(1, options.workers ?? 8) }, () => work());
  let stopped: Promise<void> | undefined;
  return {
    instanceId,
    stop() {
      stopping = true;
      for (const wake of [...wakeIdle]) wake();
      stopped ??= Promise.all(running).then(() => undefined);
      return stopped;
    },
  };
}
