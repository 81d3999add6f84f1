import { describe, expect, it } from 'vitest';
import { createTableClients } from '../../../shared/store/table-clients.ts';
import { storageConnectionString, uniqueTablePrefix } from '../../support/test-tables.ts';

describe('createTableClients against Azurite', () => {
  it('creates missing tables and treats existing ones as done, however often it is called', async () => {
    const prefix = uniqueTablePrefix();
    const clients = createTableClients({ connectionString: storageConnectionString(), tablePrefix: prefix });
    await clients.ensureTables(['goals', 'tasks']);
    await clients.ensureTables(['goals', 'tasks', 'feedback']);
    await Promise.all([clients.ensureTables(['goals']), clients.ensureTables(['goals'])]);

    await clients.table('feedback').createEntity({ partitionKey: 'p', rowKey: 'r', text: 'kept' });
    await clients.ensureTables(['feedback']);
    expect((await clients.table('feedback').getEntity('p', 'r')).text).toBe('kept');
    expect(clients.table('goals').tableName).toBe(`${prefix}goals`);
  });

  it('isolates tables by prefix', async () => {
    const connectionString = storageConnectionString();
    const a = createTableClients({ connectionString, tablePrefix: uniqueTablePrefix() });
    const b = createTableClients({ connectionString, tablePrefix: uniqueTablePrefix() });
    await Promise.all([a.ensureTables(['shared']), b.ensureTables(['shared'])]);
    await a.table('shared').createEntity({ partitionKey: 'p', rowKey: 'r' });
    await expect(b.table('shared').getEntity('p', 'r')).rejects.toMatchObject({ statusCode: 404 });
  });
});
