import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createTableClients } from '../../shared/store/table-clients.ts';
import type { TableClients } from '../../shared/store/table-clients.ts';

/** Connection string of the Azurite started by the global setup. */
export function storageConnectionString(): string {
  return inject('storageConnectionString');
}

/**
 * A fresh table-name prefix: a letter and 11 random letters or digits, so parallel test files and
 * tests never share a table. Leaves 51 characters for the table name itself.
 */
export function uniqueTablePrefix(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const random = [...randomBytes(11)].map((byte) => alphabet[byte % alphabet.length]).join('');
  return `t${random}`;
}

/** Table clients on the shared Azurite, isolated by a unique prefix. */
export function testTableClients(): TableClients {
  return createTableClients({
    connectionString: storageConnectionString(),
    tablePrefix: uniqueTablePrefix(),
  });
}
