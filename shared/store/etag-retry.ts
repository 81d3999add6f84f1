import { isNotFound, isPreconditionFailed } from './storage-errors.ts';

export interface Versioned<T> {
  value: T;
  etag: string;
}

export interface UpdateWithRetryOptions<T> {
  /** Reads the current value and its ETag; undefined when the entity does not exist. */
  read: () => Promise<Versioned<T> | undefined>;
  /** Writes `next` guarded by `If-Match: etag` and returns the new ETag. */
  write: (next: T, etag: string) => Promise<string>;
  /** Pure: may run once per attempt. Return 'abort' to stop without writing. */
  mutate: (current: T) => T | 'abort';
  /** Default 8. */
  maxAttempts?: number;
  /** Upper bound of the first backoff; it doubles per attempt up to maxDelayMs. Default 10. */
  baseDelayMs?: number;
  /** Default 500: eight attempts then wait at most about 1.1 s in all (half that on average). */
  maxDelayMs?: number;
}

export interface UpdateResult<T> extends Versioned<T> {
  /** Reads (and writes) made, 1 when the first write succeeded. */
  attempts: number;
  /** True when mutate returned 'abort': nothing was written and `value` is the stored one. */
  aborted: boolean;
}

/** Every attempt met a newer ETag. Carries a 412 status so `isPreconditionFailed` recognises it. */
export class ConcurrencyConflictError extends Error {
  readonly statusCode = 412;
  constructor(readonly attempts: number) {
    super(`The entity kept changing under us: gave up after ${attempts} attempts`);
    this.name = 'ConcurrencyConflictError';
  }
}

/** The entity to update does not exist. Carries a 404 status so `isNotFound` recognises it. */
export class EntityNotFoundError extends Error {
  readonly statusCode = 404;
  constructor() {
    super('The entity to update does not exist');
    this.name = 'EntityNotFoundError';
  }
}

/**
 * Optimistic concurrency without lost updates: read, apply `mutate`, write with the read ETag. On 412
 * (someone wrote in between) or 404 (deleted in between) it waits a short jittered backoff, re-reads
 * and re-applies, at most `maxAttempts` times.
 */
export async function updateWithRetry<T>(options: UpdateWithRetryOptions<T>): Promise<UpdateResult<T>> {
  const { read, write, mutate, maxAttempts = 8, baseDelayMs = 10, maxDelayMs = 500 } = options;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new RangeError('maxAttempts must be ≥ 1');
  for (let attempt = 1; ; attempt += 1) {
    const current = await read();
    if (current === undefined) throw new EntityNotFoundError();
    const next = mutate(current.value);
    if (next === 'abort') return { ...current, attempts: attempt, aborted: true };
    try {
      const etag = await write(next, current.etag);
      return { value: next, etag, attempts: attempt, aborted: false };
    } catch (error) {
      if (!isPreconditionFailed(error) && !isNotFound(error)) throw error;
      if (attempt >= maxAttempts) {
        if (isNotFound(error)) throw new EntityNotFoundError();
        throw new ConcurrencyConflictError(attempt);
      }
    }
    await sleep(Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)));
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
