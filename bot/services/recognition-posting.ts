import { z } from 'zod';
import type { RecognitionDelivery } from '../../shared/api/recognition-requests.ts';
import type { Recognition } from '../../shared/domain/recognition.ts';
import type { IdempotencyMarkerKey } from '../../shared/store/idempotency-repository.ts';
import type { BotReply } from '../handlers/bot-reply.ts';
import { DeliveryError } from '../handlers/outbound.ts';
import type { ServiceContext } from './service-context.ts';

export interface PostingTiming {
  /** How long a request waits for the channel post before answering `pending`. */
  timeoutMs: number;
  /** How long an attempt that never recorded its result blocks the next one (a crash mid-post). */
  leaseMs: number;
  /** How often a duplicate call looks for the result of an attempt in flight. */
  pollMs: number;
}

/** A slow or unreachable connector must not hold the tab's request (or the bot's invoke) for long. */
export const DEFAULT_POSTING_TIMING: PostingTiming = { timeoutMs: 5_000, leaseMs: 120_000, pollMs: 100 };

/** Failed posts a recognition gets retried at most this often; then it stays in history only. */
const MAX_ATTEMPTS = 5;

const AttemptSchema = z.object({ startedAt: z.iso.datetime() });
const ResultSchema = z.discriminatedUnion('posted', [
  z.object({ posted: z.literal(true), activityId: z.string().max(512) }),
  z.object({
    posted: z.literal(false),
    status: z.number().int().optional(),
    code: z.string().max(200).optional(),
  }),
]);
type AttemptResult = z.infer<typeof ResultSchema>;

/**
 * Posts the recognition card in the team's channel at most once however often it is called (a retry, a
 * second press, a duplicate running at the same time):
 * - attempt n is claimed with an insert-if-absent marker before posting, so only one call posts for it;
 * - its result (the posted activity id, or the refusal) is recorded in a second marker;
 * - a later call answers a recorded post, starts attempt n+1 after a recorded refusal (so a retry after
 *   "stored but not posted" posts once), and waits for an attempt still in flight.
 * A post slower than `timeoutMs` answers `pending` and records its result when it settles.
 */
export async function postRecognitionOnce(
  ctx: ServiceContext,
  recognition: Recognition,
  reply: () => Promise<BotReply>,
  timing: PostingTiming = DEFAULT_POSTING_TIMING,
): Promise<RecognitionDelivery> {
  if (!ctx.access.team.conversation) return 'noChannel';
  let card: BotReply | undefined;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const result = await ctx.repos.idempotency.get(
      ctx.access.scope,
      resultKey(recognition, attempt),
      ResultSchema,
    );
    if (result?.posted) return 'posted';
    if (result) continue;
    // Built before the claim: a claimed attempt must not stall on a failed read with nothing recorded.
    card ??= await reply();
    const claim = await ctx.repos.idempotency.claim(
      ctx.access.scope,
      attemptKey(recognition, attempt),
      { startedAt: ctx.now().toISOString() },
      AttemptSchema,
    );
    if (claim.claimed) return post(ctx, recognition, attempt, card, timing);
    const startedAt = Date.parse(claim.outcome.startedAt);
    if (ctx.now().getTime() - startedAt > timing.leaseMs) continue;
    const awaited = await resultInTime(ctx, recognition, attempt, timing);
    if (!awaited) return 'pending';
    return awaited.posted ? 'posted' : 'failed';
  }
  ctx.logger.warn({ recognitionId: recognition.id }, 'recognition not posted: attempts used up');
  return 'failed';
}

function attemptKey(recognition: Recognition, attempt: number): IdempotencyMarkerKey {
  return { operation: 'recognitionPost', actorId: recognition.giverId, key: `${recognition.id}.${attempt}` };
}

function resultKey(recognition: Recognition, attempt: number): IdempotencyMarkerKey {
  return { ...attemptKey(recognition, attempt), key: `${recognition.id}.${attempt}.result` };
}

async function post(
  ctx: ServiceContext,
  recognition: Recognition,
  attempt: number,
  reply: BotReply,
  timing: PostingTiming,
): Promise<RecognitionDelivery> {
  const conversation = ctx.access.team.conversation;
  if (!conversation) return 'noChannel';
  const log = { teamId: recognition.teamId, recognitionId: recognition.id, attempt };
  const recorded = ctx.outbound
    .toConversation(
      {
        tenantId: recognition.tenantId,
        serviceUrl: conversation.serviceUrl,
        conversationId: conversation.conversationId,
      },
      reply,
    )
    .then(
      (sent): AttemptResult => ({ posted: true, activityId: sent.activityId }),
      (error: unknown): AttemptResult => {
        ctx.logger.warn({ ...log, err: error }, 'recognition not posted');
        return error instanceof DeliveryError
          ? { posted: false, status: error.status, code: error.code }
          : { posted: false };
      },
    )
    .then(async (result) => {
      try {
        await ctx.repos.idempotency.claim(
          ctx.access.scope,
          resultKey(recognition, attempt),
          result,
          ResultSchema,
        );
      } catch (error) {
        ctx.logger.error({ ...log, err: error }, 'recognition post result not recorded');
      }
      return result;
    });
  const settled = await withinTime(recorded, timing.timeoutMs);
  if (!settled) {
    ctx.logger.warn(log, 'recognition post still in flight');
    return 'pending';
  }
  return settled.posted ? 'posted' : 'failed';
}

/** The result of an attempt another call is making, if it arrives within the timeout. */
async function resultInTime(
  ctx: ServiceContext,
  recognition: Recognition,
  attempt: number,
  timing: PostingTiming,
): Promise<AttemptResult | undefined> {
  const deadline = Date.now() + timing.timeoutMs;
  for (;;) {
    const result = await ctx.repos.idempotency.get(
      ctx.access.scope,
      resultKey(recognition, attempt),
      ResultSchema,
    );
    if (result || Date.now() >= deadline) return result;
    await new Promise((resolve) => setTimeout(resolve, timing.pollMs));
  }
}

async function withinTime<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
