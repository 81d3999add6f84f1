import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { startEmbeddedAzurite } from './embedded-azurite.ts';

export interface LocalStorage {
  connectionString: string;
  /** True when this process started Azurite (and so stops it). */
  owned: boolean;
  stop(): Promise<void>;
}

interface Endpoint {
  pid: number;
  connectionString: string;
}

/**
 * The embedded Azurite, persisted under `<dataDir>/azurite`. Two processes must never open the same files,
 * so the one that starts it records its endpoint, and `npm run seed` reuses a running `npm run dev`.
 */
export async function openLocalStorage(dataDir: string): Promise<LocalStorage> {
  const endpointFile = path.join(dataDir, 'azurite-endpoint.json');
  const running = readRunningEndpoint(endpointFile);
  if (running) return { connectionString: running.connectionString, owned: false, stop: async () => {} };

  const azurite = await startEmbeddedAzurite({ location: path.join(dataDir, 'azurite') });
  const endpoint: Endpoint = { pid: process.pid, connectionString: azurite.connectionString };
  writeFileSync(endpointFile, JSON.stringify(endpoint), { mode: 0o600 });
  return {
    connectionString: azurite.connectionString,
    owned: true,
    stop: async () => {
      rmSync(endpointFile, { force: true });
      await azurite.stop();
    },
  };
}

function readRunningEndpoint(file: string): Endpoint | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const endpoint = JSON.parse(readFileSync(file, 'utf8')) as Endpoint;
    process.kill(endpoint.pid, 0);
    return endpoint;
  } catch {
    // A stale file from a process that died: it is safe to start afresh.
    rmSync(file, { force: true });
    return undefined;
  }
}

/** Swaps `embedded` storage in the config for the local Azurite's connection string. */
export async function withLocalStorage(
  config: Config,
): Promise<{ resolved: Config; storage?: LocalStorage }> {
  if (config.storage.kind !== 'embedded') return { resolved: config };
  const storage = await openLocalStorage(config.dataDir);
  const { tablePrefix } = config.storage;
  return {
    storage,
    resolved: {
      ...config,
      storage: { kind: 'connectionString', connectionString: storage.connectionString, tablePrefix },
    },
  };
}
