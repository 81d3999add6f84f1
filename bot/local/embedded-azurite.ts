import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { loadAzurite } from './azurite-modules.ts';
import type { AzuriteModules, AzuriteServer } from './azurite-modules.ts';

export interface EmbeddedAzuriteOptions {
  /** Directory to persist data in; in-memory when absent. */
  location?: string;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** 0 picks a free port; default 0. */
  tablePort?: number;
  /** 0 picks a free port; default 0. */
  queuePort?: number;
}

export interface EmbeddedAzurite {
  /** Explicit devstoreaccount1 connection string with the real bound table and queue ports. */
  connectionString: string;
  tableEndpoint: string;
  queueEndpoint: string;
  stop(): Promise<void>;
}

/** The well-known, public Azurite development account. */
const ACCOUNT_NAME = 'devstoreaccount1';
const ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const KEEP_ALIVE_SECONDS = 5;
const QUEUE_MEMORY_LIMIT_BYTES = 64 * 1024 * 1024;

/** Starts the Azurite table and queue services inside this process, silent and without telemetry. */
export async function startEmbeddedAzurite(options: EmbeddedAzuriteOptions = {}): Promise<EmbeddedAzurite> {
  const azurite = loadAzurite();
  azurite.configLogger(false);
  azurite.disableTelemetry();
  const host = options.host ?? '127.0.0.1';
  const { location } = options;
  if (location !== undefined) await mkdir(location, { recursive: true });

  const table = new azurite.TableServer(tableConfiguration(azurite, host, options.tablePort ?? 0, location));
  const queue = new azurite.QueueServer(queueConfiguration(azurite, host, options.queuePort ?? 0, location));
  await table.start();
  try {
    await queue.start();
  } catch (error) {
    await closeServer(table);
    throw error;
  }

  const tableEndpoint = endpointOf(table, host);
  const queueEndpoint = endpointOf(queue, host);
  let stopped: Promise<void> | undefined;
  return {
    connectionString: [
      'DefaultEndpointsProtocol=http',
      `AccountName=${ACCOUNT_NAME}`,
      `AccountKey=${ACCOUNT_KEY}`,
      `TableEndpoint=${tableEndpoint}`,
      `QueueEndpoint=${queueEndpoint}`,
    ].join(';'),
    tableEndpoint,
    queueEndpoint,
    stop: () => (stopped ??= Promise.all([closeServer(table), closeServer(queue)]).then(() => undefined)),
  };
}

function tableConfiguration(
  azurite: AzuriteModules,
  host: string,
  port: number,
  location: string | undefined,
) {
  return new azurite.TableConfiguration(
    host,
    port,
    KEEP_ALIVE_SECONDS,
    join(location ?? '', '__azurite_db_table__.json'),
    false, // debug log
    false, // access log
    undefined,
    undefined,
    false, // loose
    false, // skipApiVersionCheck
    '',
    '',
    '',
    undefined,
    false, // disableProductStyleUrl
    location === undefined,
  );
}

function queueConfiguration(
  azurite: AzuriteModules,
  host: string,
  port: number,
  location: string | undefined,
) {
  return new azurite.QueueConfiguration(
    host,
    port,
    KEEP_ALIVE_SECONDS,
    join(location ?? '', '__azurite_db_queue__.json'),
    join(location ?? '', '__azurite_db_queue_extent__.json'),
    [{ locationId: 'Default', locationPath: join(location ?? '', '__queuestorage__'), maxConcurrency: 1 }],
    false, // access log
    undefined,
    false, // debug log
    undefined,
    false, // loose
    // @azure/storage-queue 12.30 sends x-ms-version 2026-04-06, newer than Azurite 3.35 knows.
    true, // skipApiVersionCheck
    '',
    '',
    '',
    undefined,
    false, // disableProductStyleUrl
    location === undefined,
    location === undefined ? new azurite.MemoryExtentChunkStore(QUEUE_MEMORY_LIMIT_BYTES) : undefined,
  );
}

/** The endpoint clients should use: the bound port, and loopback when listening on every interface. */
function endpointOf(server: AzuriteServer, host: string): string {
  const address = server.httpServer.address() as AddressInfo | null;
  if (address === null || typeof address !== 'object') throw new Error('Azurite is not listening');
  const clientHost =
    host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `http://${clientHost}:${address.port}/${ACCOUNT_NAME}`;
}

/** Azurite's close() does not wait for the http server to finish closing; wait for it here. */
async function closeServer(server: AzuriteServer): Promise<void> {
  const closed = new Promise<void>((resolve) => server.httpServer.once('close', () => resolve()));
  await server.close();
  await closed;
}
