import { TableClient, TableServiceClient } from '@azure/data-tables';
import type { TableServiceClientOptions } from '@azure/data-tables';
import type { TokenCredential } from '@azure/identity';
import { lazyDefaultAzureCredential } from './lazy-credential.ts';
import { isConflict, storageErrorCodeOf } from './storage-errors.ts';

export type TableClientsOptions = (
  | { connectionString: string }
  | {
      /** For example https://<account>.table.core.windows.net */
      accountUrl: string;
      /** DefaultAzureCredential when absent. */
      credential?: TokenCredential;
    }
) & {
  /** Prepended to every table name, so tests can isolate themselves in one account. */
  tablePrefix?: string;
};

export interface TableClients {
  /** The client of table `name` (prefixed); cached, so call it freely. */
  table(name: string): TableClient;
  /** Creates the tables that do not exist yet. */
  ensureTables(names: readonly string[]): Promise<void>;
}

/** Table names: alphanumeric, 3–63 characters, starting with a letter. */
const TABLE_NAME = /^[A-Za-z][A-Za-z0-9]{2,62}$/;

/** One entry point to Table Storage: a connection string (Azurite, keys) or an account URL plus Entra ID. */
export function createTableClients(options: TableClientsOptions): TableClients {
  const prefix = options.tablePrefix ?? '';
  const create = clientFactory(options);
  const clients = new Map<string, TableClient>();

  function table(name: string): TableClient {
    const fullName = prefix + name;
    if (!TABLE_NAME.test(fullName)) {
      throw new RangeError(
        `Invalid table name "${fullName}": use 3–63 letters or digits, starting with a letter`,
      );
    }
    let client = clients.get(fullName);
    if (!client) {
      client = create(fullName);
      clients.set(fullName, client);
    }
    return client;
  }

  async function ensureTables(names: readonly string[]): Promise<void> {
    await Promise.all(names.map((name) => createIfMissing(table(name))));
  }

  return { table, ensureTables };
}

function clientFactory(options: TableClientsOptions): (tableName: string) => TableClient {
  if ('connectionString' in options) {
    const { connectionString } = options;
    const clientOptions = insecureIfHttp(TableServiceClient.fromConnectionString(connectionString).url);
    return (tableName) => TableClient.fromConnectionString(connectionString, tableName, clientOptions);
  }
  const { accountUrl } = options;
  const credential = options.credential ?? lazyDefaultAzureCredential();
  const clientOptions = insecureIfHttp(accountUrl);
  return (tableName) => new TableClient(accountUrl, tableName, credential, clientOptions);
}

/** Plain http is only for a local emulator; every https endpoint keeps the SDK's refusal of http. */
function insecureIfHttp(url: string): TableServiceClientOptions {
  return url.toLowerCase().startsWith('http://') ? { allowInsecureConnection: true } : {};
}

async function createIfMissing(client: TableClient): Promise<void> {
  try {
    // The SDK already swallows TableAlreadyExists when it can parse the error body.
    await client.createTable();
  } catch (error) {
    const code = storageErrorCodeOf(error);
    if (isConflict(error) && (code === undefined || code === 'TableAlreadyExists')) return;
    throw error;
  }
}
