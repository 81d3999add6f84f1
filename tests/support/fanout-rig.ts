import { pino } from 'pino';
import { startDispatcher, type Dispatcher, type DispatcherOptions } from '../../bot/cadence/dispatcher.ts';
import type { JobHandlers } from '../../bot/cadence/job-handlers.ts';
import type { JobPlan } from '../../bot/cadence/job-handler.ts';
import type { CadenceJob } from '../../bot/cadence/jobs.ts';
import { Pacing } from '../../bot/cadence/pacing.ts';
import { createJobQueueClient, StorageJobQueue } from '../../bot/cadence/storage-job-queue.ts';
import type { BotDeps } from '../../bot/handlers/bot-deps.ts';
import { DeliveryError } from '../../bot/handlers/outbound.ts';
import { fanoutConnector } from '../../bot/teams/fanout-connector.ts';
import { DeadLetterRepository } from '../../shared/store/dead-letter-repository.ts';
import { DeliveryLedger } from '../../shared/store/delivery-ledger.ts';
import { PersonalConversations } from '../../shared/store/personal-conversations.ts';
import type { Repositories } from '../../shared/store/repositories.ts';
import type { TableClients } from '../../shared/store/table-clients.ts';
import { TABLES } from '../../shared/store/table-names.ts';

export interface FanoutRigOptions {
  repos: Repositories;
  tables: TableClients;
  connectionString: string;
  queuePrefix: string;
  /** The recording connector's url: every destination's serviceUrl. */
  serviceUrl: string;
  now?: () => Date;
  /** How long a `sending` claim belongs to a live worker. */
  leaseMs?: number;
}

export type FanoutInstanceOptions = Partial<
  Pick<
    DispatcherOptions,
    | 'workers'
    | 'batchSize'
    | 'visibilityTimeoutSeconds'
    | 'maxAttempts'
    | 'idlePollMs'
    | 'random'
    | 'instanceId'
  >
> & {
  tenantRps?: number;
  /** Wraps the instance's ports, e.g. to freeze them as a crashed process would. */
  wrap?: (
    ports: Pick<DispatcherOptions, 'queue' | 'ledger' | 'sender'>,
  ) => Pick<DispatcherOptions, 'queue' | 'ledger' | 'sender'>;
};

/** Test handlers: each job is one text message, to the member's 1:1 chat or (summary) the team's channel. */
export function textHandlers(serviceUrl: string, channelId = '19:fanout-channel@thread.tacv2'): JobHandlers {
  const toPerson = (job: CadenceJob & { userId: string }): Promise<JobPlan> =>
    Promise.resolve({
      kind: 'send',
      destination: {
        kind: 'person',
        address: { tenantId: job.tenantId, serviceUrl, teamsUserId: teamsUserIdOf(job.userId) },
      },
      reply: { kind: 'text', text: `${job.kind} ${job.week} for ${job.userId}` },
    });
  return {
    checkin: (_deps, job) => toPerson(job),
    reminder: (_deps, job) => toPerson(job),
    digest: (_deps, job) => toPerson(job),
    summary: (_deps, job) =>
      Promise.resolve({
        kind: 'send',
        destination: {
          kind: 'conversation',
          address: { tenantId: job.tenantId, serviceUrl, conversationId: channelId },
        },
        reply: { kind: 'text', text: `summary ${job.week}` },
      }),
  };
}

export function teamsUserIdOf(userId: string): string {
  return `29:fanout-${userId}`;
}

/** The queue, ledger and dead letters of one fan-out on the given Azurite, and dispatchers started on them. */
export async function createFanoutRig(options: FanoutRigOptions) {
  const { repos, tables } = options;
  await tables.ensureTables([TABLES.deliveries, TABLES.deadLetters, TABLES.personalConversations]);
  const now = options.now ?? (() => new Date());
  const deadLetters = new DeadLetterRepository(tables.table(TABLES.deadLetters));
  const ledger = new DeliveryLedger(tables.table(TABLES.deliveries), options.leaseMs);
  const conversations = new PersonalConversations(tables.table(TABLES.personalConversations));
  const queueClient = createJobQueueClient({
    connectionString: options.connectionString,
    tablePrefix: options.queuePrefix,
  });
  const queue = new StorageJobQueue(queueClient, deadLetters, now);
  await queue.ensure();
  const logger = pino({ level: 'silent' });
  const deps: BotDeps = {
    repos,
    now,
    logger,
    outbound: {
      toPerson: () => Promise.reject(new DeliveryError(undefined, undefined, 'not used by the fan-out')),
      toConversation: () =>
        Promise.reject(new DeliveryError(undefined, undefined, 'not used by the fan-out')),
      update: () => Promise.reject(new DeliveryError(undefined, undefined, 'not used by the fan-out')),
    },
    links: { to: () => 'http://localhost/' },
  };
  const dispatchers: Dispatcher[] = [];

  function start(
    instance: FanoutInstanceOptions = {},
    handlers = textHandlers(options.serviceUrl),
  ): Dispatcher {
    const sender = fanoutConnector({ appId: '', tokens: () => Promise.resolve(undefined) });
    const ports = (instance.wrap ?? ((p) => p))({ queue, ledger, sender });
    const dispatcher = startDispatcher({
      deps,
      handlers,
      deadLetters,
      conversations: new PersonalConversations(tables.table(TABLES.personalConversations)),
      pacing: new Pacing({ now: () => Date.now(), tenantRps: instance.tenantRps }),
      logger,
      idlePollMs: 100,
      ...instance,
      ...ports,
    });
    dispatchers.push(dispatcher);
    return dispatcher;
  }

  /** Resolves once no message is left in the queue, visible or not. */
  async function drained(timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await queue.approximateCount()) > 0) {
      if (Date.now() > deadline)
        throw new Error(`The queue still holds ${await queue.approximateCount()} jobs`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  return { queue, queueClient, ledger, deadLetters, conversations, deps, start, drained };
}

/**
 * Makes an instance's queue, ledger and sender freeze for good once `crash()` is called, as a process that
 * died would: nothing after that point reaches storage or Teams.
 */
export function crashable() {
  let crashed = false;
  const never = new Promise<never>(() => undefined);
  function guard<T extends object>(target: T): T {
    return new Proxy(target, {
      get(object, property, receiver) {
        const value: unknown = Reflect.get(object, property, receiver);
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          if (crashed) return never;
          const result: unknown = await (value as (...a: unknown[]) => unknown).apply(object, args);
          if (crashed) return never;
          return result;
        };
      },
    });
  }
  return {
    crash() {
      crashed = true;
    },
    guard,
  };
}
