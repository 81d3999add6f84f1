import type { TokenCredential } from '@azure/identity';
import { describe, expect, it } from 'vitest';
import { createTableClients } from '../../../shared/store/table-clients.ts';

const credential: TokenCredential = {
  getToken: async () => ({ token: 't', expiresOnTimestamp: Date.now() + 60_000 }),
};

describe('createTableClients', () => {
  it('builds prefixed, cached clients for an account URL', () => {
    const clients = createTableClients({
      accountUrl: 'https://cadence.table.core.windows.net',
      credential,
      tablePrefix: 'dev',
    });
    expect(clients.table('goals').tableName).toBe('devgoals');
    expect(clients.table('goals').url).toBe('https://cadence.table.core.windows.net');
    expect(clients.table('goals')).toBe(clients.table('goals'));
  });

  it('builds clients without a credential (DefaultAzureCredential is loaded lazily)', () => {
    const clients = createTableClients({ accountUrl: 'https://cadence.table.core.windows.net' });
    expect(clients.table('goals').tableName).toBe('goals');
  });

  it.each(['ab', 'a'.repeat(64), '1goals', 'go-als'])('refuses the table name %j', (name) => {
    const clients = createTableClients({ connectionString: 'UseDevelopmentStorage=true' });
    expect(() => clients.table(name)).toThrow(/^Invalid table name/);
  });
});
