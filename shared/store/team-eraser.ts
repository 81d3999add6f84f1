import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import { submitInChunks } from './batch.ts';
import { listAll } from './list-all.ts';
import { isNotFound } from './storage-errors.ts';
import { TABLES, type TableName } from './table-names.ts';
import { teamPartitionKey, type TeamScope } from './team-scope.ts';

/** Removes every row of a team, in single-partition transactions. Used to reload demo data. */
export async function eraseTeamData(
  table: (name: TableName) => TableClient,
  scope: TeamScope,
): Promise<void> {
  const partition = teamPartitionKey(scope);
  for (const name of [TABLES.board, TABLES.checkIns, TABLES.timeline, TABLES.idempotency]) {
    const client = table(name);
    const rows = await listAll(client, odata`PartitionKey eq ${partition}`, {
      select: ['PartitionKey', 'RowKey'],
    });
    const deletes: TransactionAction[] = rows.map((row) => [
      'delete',
      { partitionKey: String(row['partitionKey']), rowKey: String(row['rowKey']) },
    ]);
    await submitInChunks(client, deletes);
  }
  try {
    await table(TABLES.teams).deleteEntity(scope.tenantId, scope.teamId);
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}
