import type { Server } from 'node:http';
import { createRequire } from 'node:module';

/**
 * Typed access to the Azurite internals we start in process. `require('azurite')` fails (it wants the
 * `vscode` module), so the table and queue servers are deep-required from azurite/dist/src. The shapes
 * below mirror azurite 3.35.0; constructor arguments are positional, in Azurite's order.
 */

export interface AzuriteServer {
  /** The stoppable-wrapped http server; read the bound port from `address()` after `start()`. */
  readonly httpServer: Server;
  start(): Promise<void>;
  close(): Promise<void>;
}

/** Marker for an Azurite configuration object; we only build and pass them. */
export interface AzuriteConfiguration {
  readonly host: string;
  readonly port: number;
}

export type TableConfigurationClass = new (
  host: string,
  port: number,
  keepAliveTimeoutSeconds: number,
  metadataDBPath: string,
  enableDebugLog: boolean,
  enableAccessLog: boolean,
  accessLogWriteStream: NodeJS.WritableStream | undefined,
  debugLogFilePath: string | undefined,
  loose: boolean,
  skipApiVersionCheck: boolean,
  cert: string,
  key: string,
  pwd: string,
  oauth: string | undefined,
  disableProductStyleUrl: boolean,
  isMemoryPersistence: boolean,
) => AzuriteConfiguration;

export interface QueuePersistenceLocation {
  locationId: string;
  locationPath: string;
  maxConcurrency: number;
}

/** Holds in-memory queue message bodies; one per embedded instance so instances never share data. */
export interface MemoryExtentChunkStore {
  clear(category: string): void;
}

export type QueueConfigurationClass = new (
  host: string,
  port: number,
  keepAliveTimeoutSeconds: number,
  metadataDBPath: string,
  extentDBPath: string,
  persistencePathArray: QueuePersistenceLocation[],
  enableAccessLog: boolean,
  accessLogWriteStream: NodeJS.WritableStream | undefined,
  enableDebugLog: boolean,
  debugLogFilePath: string | undefined,
  loose: boolean,
  skipApiVersionCheck: boolean,
  cert: string,
  key: string,
  pwd: string,
  oauth: string | undefined,
  disableProductStyleUrl: boolean,
  isMemoryPersistence: boolean,
  memoryStore: MemoryExtentChunkStore | undefined,
) => AzuriteConfiguration;

export type ServerClass = new (configuration: AzuriteConfiguration) => AzuriteServer;

export interface AzuriteModules {
  TableServer: ServerClass;
  TableConfiguration: TableConfigurationClass;
  QueueServer: ServerClass;
  QueueConfiguration: QueueConfigurationClass;
  MemoryExtentChunkStore: new (sizeLimitBytes: number) => MemoryExtentChunkStore;
  /** Process-wide singletons: the debug logger and the telemetry client. */
  configLogger(enable: boolean, logFile?: string): void;
  disableTelemetry(): void;
}

interface DefaultExport<T> {
  default: T;
}

interface TelemetryModule {
  AzuriteTelemetryClient: { init(location: string, enableTelemetry: boolean, env: undefined): void };
}

let loaded: AzuriteModules | undefined;

/** Loads Azurite lazily (the first load takes about a second), once per process. */
export function loadAzurite(): AzuriteModules {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const load = <T>(path: string): T => require(`azurite/dist/src/${path}`) as T;
  const telemetry = load<TelemetryModule>('common/Telemetry');
  const logger = load<{ configLogger(enable: boolean, logFile?: string): void }>('common/Logger');
  loaded = {
    TableServer: load<DefaultExport<ServerClass>>('table/TableServer').default,
    TableConfiguration: load<DefaultExport<TableConfigurationClass>>('table/TableConfiguration').default,
    QueueServer: load<DefaultExport<ServerClass>>('queue/QueueServer').default,
    QueueConfiguration: load<DefaultExport<QueueConfigurationClass>>('queue/QueueConfiguration').default,
    MemoryExtentChunkStore: load<{ MemoryExtentChunkStore: AzuriteModules['MemoryExtentChunkStore'] }>(
      'common/persistence/MemoryExtentStore',
    ).MemoryExtentChunkStore,
    configLogger: (enable, logFile) => logger.configLogger(enable, logFile),
    // init(…, false) latches telemetry off; the CLI calls it with !--disableTelemetry.
    disableTelemetry: () => telemetry.AzuriteTelemetryClient.init('', false, undefined),
  };
  return loaded;
}
