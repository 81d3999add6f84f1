import { describe, expect, it, vi } from 'vitest';
import { submitInChunks } from '../../../shared/store/batch.ts';
import { EntityLimitError } from '../../../shared/store/entity-limits.ts';
import { insertIfAbsent } from '../../../shared/store/insert-if-absent.ts';
import { testTableClients } from '../../support/test-tables.ts';

/** 17 strings of 32,000 characters: each is within 64 KiB, together about 1,088,000 bytes as stored. */
function entityOver1MiB() {
  const entity: Record<string, string> = {};
  for (let i = 0; i < 17; i += 1) entity[`part${i}`] = 'x'.repeat(32_000);
  return { partitionKey: 'team', rowKey: 'huge', ...entity };
}

describe('entity limits before the network', () => {
  it('rejects a 1 MiB+ entity without sending a request', async () => {
    const clients = testTableClients();
    await clients.ensureTables(['limits']);
    const client = clients.table('limits');
    const create = vi.spyOn(client, 'createEntity');
    const submit = vi.spyOn(client, 'submitTransaction');

    await expect(insertIfAbsent(client, entityOver1MiB())).rejects.toMatchObject({
      name: 'EntityLimitError',
      field: 'entity',
    });
    await expect(submitInChunks(client, [['upsert', entityOver1MiB()]])).rejects.toBeInstanceOf(
      EntityLimitError,
    );
    expect(create).not.toHaveBeenCalled();
    expect(submit).not.toHaveBeenCalled();
  });

  it('stores an entity just under 1 MiB, which Azurite accepts', async () => {
    const clients = testTableClients();
    await clients.ensureTables(['limits']);
    const client = clients.table('limits');
    const entity: Record<string, string> = {};
    for (let i = 0; i < 15; i += 1) entity[`part${i}`] = 'x'.repeat(32_000);
    expect(await insertIfAbsent(client, { partitionKey: 'team', rowKey: 'big', ...entity })).toBe('inserted');
    expect((await client.getEntity<Record<string, string>>('team', 'big')).part14).toHaveLength(32_000);
  });
});
