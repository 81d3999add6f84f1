import { QueueClient } from '@azure/storage-queue';
import type { TokenCredential } from '@azure/identity';
import { lazyDefaultAzureCredential } from '../../shared/store/lazy-credential.ts';
import { isNotFound } from '../../shared/store/storage-errors.ts';
import type { JobQueue, ReceivedJob } from './job-queue.ts';
import { CadenceJobSchema, type CadenceJob } from './jobs.ts';
import {
  UNPARSABLE_PARTITION,
  type DeadLetterRepository,
} from '../../shared/store/dead-letter-repository.ts';

export type JobQueueClientOptions = (
  { connectionString: string } | { accountUrl: string; credential?: TokenCredential }
) & {
  /** The table prefix: prepended (lower-cased) to the queue name so tests isolate themselves. */
  tablePrefix?: string;
};

/** The fan-out queue's name: `<prefix>cadence-jobs`. */
export function jobQueueName(tablePrefix = ''): string {
  return `${tablePrefix.toLowerCase()}cadence-jobs`;
}

/** A QueueClient for the fan-out queue; plain http only for a local emulator (Azurite). */
export function createJobQueueClient(options: JobQueueClientOptions): QueueClient {
  const name = jobQueueName(options.tablePrefix);
  if ('connectionString' in options) return new QueueClient(options.connectionString, name);
  const url = `${options.accountUrl.replace(/\/$/, '')}/${name}`;
  return new QueueClient(url, options.credential ?? lazyDefaultAzureCredential());
}

/**
 * The `JobQueue` port over an Azure Storage Queue. Messages are base64 JSON of a `CadenceJob` (what the
 * Functions and portal tooling expect); a message that does not parse is dead-lettered and deleted, never
 * retried forever.
 */
export class StorageJobQueue implements JobQueue {
  constructor(
    private readonly client: QueueClient,
    private readonly deadLetters: DeadLetterRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async ensure(): Promise<void> {
    await this.client.createIfNotExists();
  }

  async enqueue(job: CadenceJob, options: { delaySeconds?: number } = {}): Promise<void> {
    const text = Buffer.from(JSON.stringify(CadenceJobSchema.parse(job)), 'utf8').toString('base64');
    await this.client.sendMessage(text, { visibilityTimeout: Math.ceil(options.delaySeconds ?? 0) });
  }

  async receive(max: number, visibilityTimeoutSeconds: number): Promise<ReceivedJob[]> {
    const response = await this.client.receiveMessages({
      numberOfMessages: Math.min(32, Math.max(1, max)),
      visibilityTimeout: visibilityTimeoutSeconds,
    });
    const jobs: ReceivedJob[] = [];
    for (const message of response.receivedMessageItems) {
      const receipt = { messageId: message.messageId, popReceipt: message.popReceipt };
      const job = parseJob(message.messageText);
      if (job) {
        jobs.push({ job, dequeueCount: message.dequeueCount, receipt });
        continue;
      }
      await this.deadLetters.put(UNPARSABLE_PARTITION, message.messageId, {
        job: message.messageText.slice(0, 4096),
        reason: 'The queue message is not a Cadence job',
        attempts: message.dequeueCount,
        at: this.now().toISOString(),
      });
      await this.client.deleteMessage(receipt.messageId, receipt.popReceipt);
    }
    return jobs;
  }

  async complete(received: ReceivedJob): Promise<void> {
    try {
      await this.client.deleteMessage(received.receipt.messageId, received.receipt.popReceipt);
    } catch (error) {
      // 404: the message is gone, or its receipt is stale because the visibility timeout ran out and another
      // worker holds it now; that worker will find the job settled in the delivery ledger.
      if (!isNotFound(error)) throw error;
    }
  }

  async retryLater(received: ReceivedJob, delaySeconds: number): Promise<void> {
    try {
      await this.client.updateMessage(
        received.receipt.messageId,
        received.receipt.popReceipt,
        undefined,
        Math.max(0, Math.ceil(delaySeconds)),
      );
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }

  /** Messages waiting (visible or not), as the service estimates them. */
  async approximateCount(): Promise<number> {
    const properties = await this.client.getProperties();
    return properties.approximateMessagesCount ?? 0;
  }
}

function parseJob(text: string): CadenceJob | undefined {
  try {
    const json: unknown = JSON.parse(Buffer.from(text, 'base64').toString('utf8'));
    const parsed = CadenceJobSchema.safeParse(json);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
