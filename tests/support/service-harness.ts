import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { LOCAL_AUDIENCE, type Config } from '../../bot/config.ts';
import type { LocalIssuer } from '../../bot/local/local-issuer.ts';
import { startService, type RunningService, type ServiceOptions } from '../../bot/server.ts';
import { storageConnectionString, uniqueTablePrefix } from './test-tables.ts';

export interface TestService extends RunningService {
  localIssuer: NonNullable<RunningService['localIssuer']>;
  /** A local-issuer token for this user, verified by the service like any SSO token. */
  tokenFor(tenantId: string, userId: string): Promise<string>;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    nodeEnv: 'test',
    host: '127.0.0.1',
    port: 0,
    logLevel: 'silent',
    dataDir: mkdtempSync(path.join(tmpdir(), 'cadence-test-')),
    storage: {
      kind: 'connectionString',
      connectionString: storageConnectionString(),
      tablePrefix: uniqueTablePrefix(),
    },
    auth: { kind: 'local', audience: LOCAL_AUDIENCE },
    bot: { appType: 'MultiTenant' },
    // Tests drive the bot themselves; the weekly fan-out runs only where a test turns it on.
    cadence: { enabled: false, workers: 2, tenantRps: 40, tickSeconds: 60 },
    ...overrides,
  };
}

export interface TestServiceOptions extends Partial<ServiceOptions> {
  /**
   * Mints this service's tokens when it trusts an issuer by settings (`auth.kind` 'entra') instead of
   * running its own, for example another test service's local issuer.
   */
  issuer?: LocalIssuer;
}

/** The real service on a free port, against the test run's Azurite, with its own tables. */
export async function startTestService(options: TestServiceOptions = {}): Promise<TestService> {
  const { issuer, ...serviceOptions } = options;
  const service = await startService({
    config: testConfig(),
    logger: pino({ level: 'silent' }),
    ...serviceOptions,
  });
  const localIssuer = service.localIssuer ?? issuer;
  if (!localIssuer) {
    await service.close();
    throw new Error('the test service needs an issuer: run in local auth mode or pass `issuer`');
  }
  return {
    ...service,
    localIssuer,
    tokenFor: (tenantId, userId) => localIssuer.mint({ tenantId, userId }),
  };
}
