import type { TransactionAction } from '@azure/data-tables';
import { odata } from '@azure/data-tables';
import { beforeAll, describe, expect, it } from 'vitest';
import { submitInChunks } from '../../../shared/store/batch.ts';
import { listAll, TooManyRowsError } from '../../../shared/store/list-all.ts';
import type { TableClients } from '../../../shared/store/table-clients.ts';
import { testTableClients } from '../../support/test-tables.ts';

const ROWS = 2_500;
const rowKey = (i: number) => `row-${String(i).padStart(5, '0')}`;

describe('listAll and submitInChunks against Azurite', () => {
  let clients: TableClients;

  beforeAll(async () => {
    clients = testTableClients();
    await clients.ensureTables(['rows']);
    const actions: TransactionAction[] = Array.from({ length: ROWS }, (_, i) => [
      'create',
      { partitionKey: 'big', rowKey: rowKey(i), n: i },
    ]);
    actions.push(['create', { partitionKey: 'other', rowKey: rowKey(0), n: -1 }]);
    // 25 full transactions for "big", 1 for "other".
    expect(await submitInChunks(clients.table('rows'), actions)).toBe(26);
  });

  it('follows continuation tokens to return every row of a 2,500-row partition', async () => {
    const rows = await listAll<{ n: number }>(clients.table('rows'), odata`PartitionKey eq ${'big'}`);
    expect(rows).toHaveLength(ROWS);
    expect(rows.map((row) => row.rowKey)).toEqual(Array.from({ length: ROWS }, (_, i) => rowKey(i)));
  });

  it('returns the same rows with a small page size', async () => {
    const rows = await listAll<{ n: number }>(clients.table('rows'), odata`PartitionKey eq ${'big'}`, {
      maxPageSize: 100,
      select: ['n'],
    });
    expect(rows).toHaveLength(ROWS);
    expect(new Set(rows.map((row) => row.n)).size).toBe(ROWS);
  });

  it('lists the whole table without a filter', async () => {
    expect(await listAll(clients.table('rows'))).toHaveLength(ROWS + 1);
  });

  it('refuses to hold more rows than maxRows', async () => {
    await expect(
      listAll(clients.table('rows'), odata`PartitionKey eq ${'big'}`, { maxRows: 2_000, maxPageSize: 300 }),
    ).rejects.toBeInstanceOf(TooManyRowsError);
  });

  it('rejects page sizes the service does not allow', async () => {
    await expect(listAll(clients.table('rows'), undefined, { maxPageSize: 1001 })).rejects.toBeInstanceOf(
      RangeError,
    );
  });
});
