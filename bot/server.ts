import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express, { type RequestHandler } from 'express';
import { lazyDefaultAzureCredential } from '../shared/store/lazy-credential.ts';
import { createRepositories, type Repositories } from '../shared/store/repositories.ts';
import { createTableClients, type TableClients } from '../shared/store/table-clients.ts';
import { TABLES } from '../shared/store/table-names.ts';
import { createVerifier } from './auth/create-verifier.ts';
import type { Config } from './config.ts';
import { apiRouter } from './http/api-router.ts';
import { errorHandler } from './http/error-handler.ts';
import { localIssuerRoutes } from './http/local-issuer-routes.ts';
import { requestLog } from './http/request-log.ts';
import type { LocalIssuer } from './local/local-issuer.ts';
import { createLogger, type Logger } from './logger.ts';
import type { BotDeps } from './handlers/bot-deps.ts';
import { tabLinks } from './handlers/tab-links.ts';
import { startCadence, type RunningCadence } from './cadence/start-cadence.ts';
import { createBotConnection, type BotAuthOverrides } from './teams/bot-connection.ts';
import { connectorTokens, fanoutConnector } from './teams/fanout-connector.ts';
import { messagesEndpoint } from './teams/messages-endpoint.ts';

export interface ServiceOptions {
  config: Config;
  logger?: Logger;
  now?: () => Date;
  /** The built tab, served at `/` when present. */
  tabDir?: string;
  /**
   * Mounted after the API and before the built tab, for local development only: the local Teams host
   * and Vite's dev middleware.
   */
  extraMiddleware?: RequestHandler[];
  botAuthOverrides?: BotAuthOverrides;
}

export interface RunningService {
  url: string;
  /** The listening server, for a dev tool that shares it (Vite's hot-reload socket). */
  httpServer: Server;
  repos: Repositories;
  tables: TableClients;
  localIssuer?: LocalIssuer;
  logger: Logger;
  /** What the bot's handlers use: proactive sends, tab links, storage and the clock. */
  bot: BotDeps;
  close(): Promise<void>;
}

/** The composition root: one process serving the bot, the tab's API and the built tab. */
export async function startService(options: ServiceOptions): Promise<RunningService> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const now = options.now ?? (() => new Date());
  const { storage } = config;
  if (storage.kind === 'embedded') {
    throw new Error(
      'Embedded storage is started by `npm run dev`; set STORAGE_CONNECTION_STRING or STORAGE_ACCOUNT_URL',
    );
  }
  const credential =
    storage.kind === 'accountUrl' ? lazyDefaultAzureCredential(storage.managedIdentityClientId) : undefined;
  const tables = createTableClients({ ...storage, credential });
  await tables.ensureTables(Object.values(TABLES));
  const repos = createRepositories((name) => tables.table(name));

  const server = createServer();
  const url = await listen(server, config.host, config.port);
  const baseUrl = config.publicUrl ?? url;
  const { verifier, localIssuer } = createVerifier(config.auth, {
    baseUrl,
    nodeEnv: config.nodeEnv,
    keyFile: path.join(config.dataDir, 'local-issuer-key.json'),
  });

  const app = express();
  app.disable('x-powered-by');
  // Entity ETags come from storage; hashing every response body for a weak HTTP ETag would only cost CPU.
  app.set('etag', false);
  app.use(requestLog(logger));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  if (localIssuer) {
    app.use(
      localIssuerRoutes(localIssuer, {
        canMint: async (tenantId, userId) => (await repos.members.teamsOf(tenantId, userId)).length > 0,
      }),
    );
  }
  const connection = createBotConnection(config.bot, options.botAuthOverrides);
  const bot: BotDeps = {
    repos,
    now,
    logger,
    outbound: connection.outbound,
    links: tabLinks({ teamsAppId: config.teamsAppId, baseUrl }),
  };
  app.post('/api/messages', express.json({ limit: '1mb' }), messagesEndpoint({ connection, deps: bot }));
  app.use('/api/v1', apiRouter({ repos, verifier, now, bot }));
  for (const middleware of options.extraMiddleware ?? []) app.use(middleware);
  if (options.tabDir && existsSync(options.tabDir)) app.use(serveTab(options.tabDir));
  app.use(errorHandler(logger));
  server.on('request', app);
  const cadence = await startCadenceOrClose(server, () =>
    config.cadence.enabled
      ? startCadence({
          config: config.cadence,
          storage,
          credential,
          tables,
          deps: bot,
          sender: fanoutConnector({ appId: config.bot.appId ?? '', tokens: connectorTokens(config.bot) }),
        })
      : Promise.resolve(undefined),
  );

  logger.info({ url, auth: config.auth.kind, storage: config.storage.kind }, 'Cadence is listening');
  return {
    url,
    httpServer: server,
    repos,
    tables,
    localIssuer,
    logger,
    bot,
    close: async () => {
      await cadence?.stop();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

/**
 * The built tab. Vite names assets by content hash, so they are cached for a year; the HTML pages are
 * revalidated on every load so a new deployment is picked up at once.
 */
function serveTab(tabDir: string): RequestHandler {
  const assets = path.join(path.resolve(tabDir), 'assets') + path.sep;
  return express.static(path.resolve(tabDir), {
    index: 'index.html',
    setHeaders: (res, filePath) => {
      const immutable = filePath.startsWith(assets);
      res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}

/**
 * The cadence starts once requests are handled, so nothing sent during its start-up hangs; if it fails, the
 * server is closed so the process can exit.
 */
async function startCadenceOrClose(
  server: Server,
  start: () => Promise<RunningCadence | undefined>,
): Promise<RunningCadence | undefined> {
  try {
    return await start();
  } catch (error) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw error;
  }
}

function listen(server: Server, host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve(`http://${shownHost === '0.0.0.0' ? '127.0.0.1' : shownHost}:${address.port}`);
    });
  });
}
