import type { CadenceJob } from './jobs.ts';

/** A job taken from the queue: invisible to other workers until `visibilityTimeoutSeconds` pass. */
export interface ReceivedJob {
  job: CadenceJob;
  /** How many times the queue has handed this message out, this time included. */
  dequeueCount: number;
  /** Opaque handle for `complete` and `retryLater`. */
  receipt: { messageId: string; popReceipt: string };
}

/**
 * The fan-out queue (an Azure Storage Queue; Azurite's queue service locally). At-least-once: a job can
 * be received twice (a worker died, a visibility timeout ran out), which the delivery ledger absorbs.
 */
export interface JobQueue {
  enqueue(job: CadenceJob, options?: { delaySeconds?: number }): Promise<void>;
  receive(max: number, visibilityTimeoutSeconds: number): Promise<ReceivedJob[]>;
  /** Done (sent, skipped or dead-lettered): the message is deleted. */
  complete(received: ReceivedJob): Promise<void>;
  /** Hands the job out again after `delaySeconds` (a 429's Retry-After, a backoff). */
  retryLater(received: ReceivedJob, delaySeconds: number): Promise<void>;
}
