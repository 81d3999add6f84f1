import { describe, expect, it, vi } from 'vitest';
import {
  ConcurrencyConflictError,
  EntityNotFoundError,
  updateWithRetry,
} from '../../../shared/store/etag-retry.ts';
import { isNotFound } from '../../../shared/store/storage-errors.ts';

const precondition = () => Object.assign(new Error('stale'), { statusCode: 412 });

describe('updateWithRetry', () => {
  it('writes the mutated value with the read ETag', async () => {
    const write = vi.fn(async () => 'e2');
    const result = await updateWithRetry({
      read: async () => ({ value: 1, etag: 'e1' }),
      write,
      mutate: (n) => n + 1,
    });
    expect(result).toEqual({ value: 2, etag: 'e2', attempts: 1, aborted: false });
    expect(write).toHaveBeenCalledWith(2, 'e1');
  });

  it('re-reads and re-applies mutate after a 412', async () => {
    const reads = [
      { value: 1, etag: 'e1' },
      { value: 5, etag: 'e5' },
    ];
    const write = vi.fn(async (_next: number, etag: string) => {
      if (etag === 'e1') throw precondition();
      return 'e6';
    });
    const result = await updateWithRetry({
      read: async () => reads.shift(),
      write,
      mutate: (n) => n + 1,
      baseDelayMs: 1,
    });
    expect(result).toEqual({ value: 6, etag: 'e6', attempts: 2, aborted: false });
  });

  it('stops without writing when mutate aborts', async () => {
    const write = vi.fn(async () => 'never');
    const result = await updateWithRetry({
      read: async () => ({ value: 1, etag: 'e1' }),
      write,
      mutate: () => 'abort',
    });
    expect(result).toEqual({ value: 1, etag: 'e1', attempts: 1, aborted: true });
    expect(write).not.toHaveBeenCalled();
  });

  it('throws a typed not-found error when the entity is missing or deleted meanwhile', async () => {
    const missing = updateWithRetry({
      read: async () => undefined,
      write: async () => 'e',
      mutate: (n: number) => n,
    });
    await expect(missing).rejects.toBeInstanceOf(EntityNotFoundError);
    await missing.catch((error: unknown) => expect(isNotFound(error)).toBe(true));

    const reads = [{ value: 1, etag: 'e1' }];
    const deleted = updateWithRetry({
      read: async () => reads.shift(),
      write: async () => {
        throw Object.assign(new Error('gone'), { statusCode: 404 });
      },
      mutate: (n: number) => n,
      baseDelayMs: 1,
    });
    await expect(deleted).rejects.toBeInstanceOf(EntityNotFoundError);
  });

  it('gives up after maxAttempts', async () => {
    const write = vi.fn(async () => {
      throw precondition();
    });
    const update = updateWithRetry({
      read: async () => ({ value: 1, etag: 'e1' }),
      write,
      mutate: (n) => n,
      maxAttempts: 4,
      baseDelayMs: 1,
    });
    await expect(update).rejects.toThrow(ConcurrencyConflictError);
    expect(write).toHaveBeenCalledTimes(4);
  });

  it('rethrows other errors at once', async () => {
    const write = vi.fn(async () => {
      throw Object.assign(new Error('bad'), { statusCode: 400 });
    });
    await expect(
      updateWithRetry({ read: async () => ({ value: 1, etag: 'e1' }), write, mutate: (n) => n }),
    ).rejects.toThrow('bad');
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('refuses a maxAttempts below 1', async () => {
    await expect(
      updateWithRetry({
        read: async () => undefined,
        write: async () => 'e',
        mutate: (n) => n,
        maxAttempts: 0,
      }),
    ).rejects.toThrow(RangeError);
  });
});
