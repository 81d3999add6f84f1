import { createRepositories, type Repositories } from '../../shared/store/repositories.ts';
import type { TableClients } from '../../shared/store/table-clients.ts';
import { TABLES } from '../../shared/store/table-names.ts';
import { testTableClients } from './test-tables.ts';

/** Repositories on fresh tables of the test run's Azurite. */
export async function testRepositories(): Promise<{ repos: Repositories; tables: TableClients }> {
  const tables = testTableClients();
  await tables.ensureTables(Object.values(TABLES));
  return { repos: createRepositories((name) => tables.table(name)), tables };
}
