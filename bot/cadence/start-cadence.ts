import { DeadLetterRepository } from '../../shared/store/dead-letter-repository.ts';
import { DeliveryLedger } from '../../shared/store/delivery-ledger.ts';
import { PersonalConversations } from '../../shared/store/personal-conversations.ts';
import type { TableClients } from '../../shared/store/table-clients.ts';
import { TABLES } from '../../shared/store/table-names.ts';
import type { CadenceConfig, StorageConfig } from '../config.ts';
import type { BotDeps } from '../handlers/bot-deps.ts';
import { checkinJob } from './checkin-job.ts';
import { digestJob } from './digest-job.ts';
import { startDispatcher } from './dispatcher.ts';
import type { FanoutSender } from './fanout-sender.ts';
import type { JobHandlers } from './job-handlers.ts';
import { Pacing } from './pacing.ts';
import { reminderJob } from './reminder-job.ts';
import { startScheduler } from './scheduler.ts';
import type { TokenCredential } from '@azure/identity';
import { createJobQueueClient, StorageJobQueue } from './storage-job-queue.ts';
import { summaryJob } from './summary-job.ts';

/** What each kind of job sends. */
export const JOB_HANDLERS: JobHandlers = {
  checkin: checkinJob,
  reminder: reminderJob,
  summary: summaryJob,
  digest: digestJob,
};

export interface CadenceOptions {
  config: CadenceConfig;
  storage: Exclude<StorageConfig, { kind: 'embedded' }>;
  /** For an account URL: the identity the tables use too. */
  credential?: TokenCredential;
  tables: TableClients;
  deps: BotDeps;
  sender: FanoutSender;
}

export interface RunningCadence {
  /** Stops ticking, then lets the workers settle the jobs in hand. */
  stop(): Promise<void>;
}

/**
 * The weekly rhythm of one instance: the scheduler (a tick each minute puts due jobs on the queue, once
 * per key across instances) and the dispatcher (workers pace, send once and record each job). Any number
 * of instances may run both against one storage account.
 */
export async function startCadence(options: CadenceOptions): Promise<RunningCadence> {
  const { config, storage, credential, tables, deps, sender } = options;
  const deadLetters = new DeadLetterRepository(tables.table(TABLES.deadLetters));
  const connection =
    storage.kind === 'connectionString'
      ? { connectionString: storage.connectionString }
      : { accountUrl: storage.queueUrl, credential };
  const queue = new StorageJobQueue(
    createJobQueueClient({ ...connection, tablePrefix: storage.tablePrefix }),
    deadLetters,
    deps.now,
  );
  await queue.ensure();
  const dispatcher = startDispatcher({
    deps,
    queue,
    handlers: JOB_HANDLERS,
    ledger: new DeliveryLedger(tables.table(TABLES.deliveries)),
    deadLetters,
    conversations: new PersonalConversations(tables.table(TABLES.personalConversations)),
    sender,
    pacing: new Pacing({ now: () => Date.now(), tenantRps: config.tenantRps }),
    workers: config.workers,
    logger: deps.logger,
  });
  const scheduler = startScheduler({ deps, queue, everyMs: config.tickSeconds * 1000 });
  return {
    async stop() {
      await scheduler.stop();
      await dispatcher.stop();
    },
  };
}
