import { describe, expect, it } from 'vitest';
import { insertIfAbsent } from '../../../shared/store/insert-if-absent.ts';
import { testTableClients } from '../../support/test-tables.ts';

async function markers() {
  const clients = testTableClients();
  await clients.ensureTables(['markers']);
  return clients.table('markers');
}

describe('insertIfAbsent against Azurite', () => {
  it('inserts the first time and reports exists the second time, keeping the first entity', async () => {
    const client = await markers();
    expect(await insertIfAbsent(client, { partitionKey: 'team', rowKey: 'send-1', by: 'first' })).toBe(
      'inserted',
    );
    expect(await insertIfAbsent(client, { partitionKey: 'team', rowKey: 'send-1', by: 'second' })).toBe(
      'exists',
    );
    expect((await client.getEntity('team', 'send-1')).by).toBe('first');
  });

  it('lets exactly one of 20 concurrent inserts win', async () => {
    const client = await markers();
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        insertIfAbsent(client, { partitionKey: 'team', rowKey: 'activity-42', instance: i }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === 'inserted')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'exists')).toHaveLength(19);
  });

  it('rethrows errors other than 409', async () => {
    const client = testTableClients().table('nosuchtable');
    await expect(insertIfAbsent(client, { partitionKey: 'team', rowKey: 'x' })).rejects.toMatchObject({
      statusCode: 404,
    });
  });
});
