import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConcurrencyConflictError, updateWithRetry } from '../../../shared/store/etag-retry.ts';
import type { Versioned } from '../../../shared/store/etag-retry.ts';
import { fromJsonEntity, toJsonEntity } from '../../../shared/store/json-entity.ts';
import { isPreconditionFailed } from '../../../shared/store/storage-errors.ts';
import { testTableClients } from '../../support/test-tables.ts';

const ListSchema = z.object({ items: z.array(z.string()) });
type List = z.infer<typeof ListSchema>;

async function listTable() {
  const clients = testTableClients();
  await clients.ensureTables(['lists']);
  const client = clients.table('lists');
  const read = async (): Promise<Versioned<List>> =>
    fromJsonEntity(await client.getEntity('team', 'list'), ListSchema);
  const write = async (next: List, etag: string): Promise<string> => {
    const result = await client.updateEntity(toJsonEntity('team', 'list', next), 'Replace', { etag });
    if (!result.etag) throw new Error('no etag');
    return result.etag;
  };
  await client.createEntity(toJsonEntity('team', 'list', { items: [] }));
  return { read, write };
}

describe('updateWithRetry against Azurite', () => {
  it('loses none of 200 concurrent updates that all start from the same stale read', async () => {
    const { read, write } = await listTable();
    const stale = await read();
    const writers = Array.from({ length: 200 }, (_, i) => {
      let first = true;
      return updateWithRetry<List>({
        // Every writer's first attempt uses the shared snapshot, so all but one must meet a 412.
        read: async () => {
          if (!first) return read();
          first = false;
          return stale;
        },
        write,
        mutate: (list) => ({ items: [...list.items, `item-${i}`] }),
        // 200 writers on one entity is far beyond real contention: allow more, longer backoffs.
        maxAttempts: 50,
        baseDelayMs: 50,
        maxDelayMs: 1000,
      });
    });
    const results = await Promise.all(writers);

    const final = await read();
    const expected = Array.from({ length: 200 }, (_, i) => `item-${i}`);
    expect([...final.value.items].sort()).toEqual([...expected].sort());
    expect(final.value.items).toHaveLength(200);
    const attempts = results.reduce((sum, result) => sum + result.attempts, 0);
    // More attempts than writers means 412s really happened and were retried.
    expect(attempts).toBeGreaterThan(200);
    expect(results.every((result) => !result.aborted)).toBe(true);
  });

  it('throws ConcurrencyConflictError when every attempt meets a newer ETag', async () => {
    const { read, write } = await listTable();
    const stale = await read();
    await write({ items: ['someone else'] }, stale.etag);
    let writes = 0;

    const update = updateWithRetry<List>({
      read: async () => stale,
      write: (next, etag) => {
        writes += 1;
        return write(next, etag);
      },
      mutate: (list) => ({ items: [...list.items, 'mine'] }),
      maxAttempts: 3,
      baseDelayMs: 1,
    });

    const error = await update.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConcurrencyConflictError);
    expect((error as ConcurrencyConflictError).attempts).toBe(3);
    expect(isPreconditionFailed(error)).toBe(true);
    expect(writes).toBe(3);
    expect((await read()).value.items).toEqual(['someone else']);
  });
});
