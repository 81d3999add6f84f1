import { z } from 'zod';

const csv = z.string().transform((value) =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean),
);
const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');
const optionalString = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

/** Every setting the service reads, by environment variable. The README's configuration table mirrors it. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: optionalString,
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  PUBLIC_URL: optionalString.pipe(z.url().optional()),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().default('.data'),

  STORAGE_CONNECTION_STRING: optionalString,
  STORAGE_ACCOUNT_URL: optionalString.pipe(z.url().optional()),
  STORAGE_TABLE_PREFIX: optionalString.pipe(
    z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9]{0,19}$/, 'must be letters and digits, starting with a letter')
      .optional(),
  ),

  AUTH_ISSUERS: optionalString.pipe(csv.optional()),
  AUTH_JWKS_URL: optionalString.pipe(z.url().optional()),
  AUTH_AUDIENCES: optionalString.pipe(csv.optional()),
  AUTH_ALLOWED_TENANTS: optionalString.pipe(csv.optional()),
  LOCAL_AUTH: optionalString.pipe(flag.optional()),

  BOT_APP_ID: optionalString,
  BOT_APP_PASSWORD: optionalString,
  BOT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  BOT_TENANT_ID: optionalString,
  TEAMS_APP_ID: optionalString.pipe(z.uuid().optional()),

  STORAGE_QUEUE_URL: optionalString.pipe(z.url().optional()),
  AZURE_CLIENT_ID: optionalString.pipe(z.uuid().optional()),
  FANOUT_ENABLED: optionalString.pipe(flag.optional()),
  FANOUT_WORKERS: z.coerce.number().int().min(1).max(64).default(8),
  FANOUT_TENANT_RPS: z.coerce.number().int().min(1).max(50).default(40),
  SCHEDULER_TICK_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
});

/** The names of every environment variable the service reads. */
export const CONFIG_SETTINGS = Object.keys(EnvSchema.shape) as (keyof typeof EnvSchema.shape)[];

export type StorageConfig =
  | { kind: 'connectionString'; connectionString: string; tablePrefix?: string }
  | {
      kind: 'accountUrl';
      accountUrl: string;
      queueUrl: string;
      /** The user-assigned managed identity to sign in with; DefaultAzureCredential's own choice when absent. */
      managedIdentityClientId?: string;
      tablePrefix?: string;
    }
  | { kind: 'embedded'; tablePrefix?: string };

export type AuthConfig =
  | {
      kind: 'entra';
      issuers: string[];
      jwksUrl: string;
      audiences: string[];
      allowedTenants: string[] | 'any';
    }
  | { kind: 'local'; audience: string };

/** The weekly fan-out: the scheduler's tick and the dispatcher's workers, in every instance. */
export interface CadenceConfig {
  /** Off in tests that drive the bot themselves; on everywhere else. */
  enabled: boolean;
  workers: number;
  /** Bot Connector calls per second per tenant, for this instance (Teams allows 50 per app and tenant). */
  tenantRps: number;
  tickSeconds: number;
}

export interface BotConfig {
  appId?: string;
  appPassword?: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  tenantId?: string;
}

export interface Config {
  nodeEnv: 'development' | 'test' | 'production';
  host: string;
  port: number;
  /** Base URL people and Teams reach the service at; defaults to the local address. */
  publicUrl?: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  dataDir: string;
  storage: StorageConfig;
  auth: AuthConfig;
  bot: BotConfig;
  /** The Teams app id of the manifest, for deep links into the tab; without it links open the local host. */
  teamsAppId?: string;
  cadence: CadenceConfig;
}

export const LOCAL_AUDIENCE = 'api://localhost/cadence-local';

export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`Configuration error: ${setting} ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/**
 * The one place that reads the environment. `defaults` apply where a variable is unset (the dev tools
 * default NODE_ENV to development). Throws a ConfigError naming the setting that is wrong or missing.
 */
export function loadConfig(env: Env = process.env, defaults: Env = {}): Config {
  const parsed = EnvSchema.safeParse({ ...defaults, ...env });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(String(issue?.path[0] ?? 'environment'), issue?.message ?? 'is invalid');
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production) requireProductionSettings(e);
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    port: e.PORT,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    dataDir: e.DATA_DIR,
    storage: storageFrom(e, production),
    auth: authFrom(e, production),
    bot: botFrom(e),
    teamsAppId: e.TEAMS_APP_ID,
    cadence: {
      enabled: e.FANOUT_ENABLED ?? true,
      workers: e.FANOUT_WORKERS,
      tenantRps: e.FANOUT_TENANT_RPS,
      tickSeconds: e.SCHEDULER_TICK_SECONDS,
    },
  };
}

/**
 * What a deployment cannot do without, beyond what each part checks itself: the public address (links in
 * cards, the bot's endpoint), the Teams app id (deep links), and the bot's credentials.
 */
function requireProductionSettings(e: z.infer<typeof EnvSchema>): void {
  if (!e.PUBLIC_URL) throw new ConfigError('PUBLIC_URL', 'is required in production (https://<host>)');
  if (!e.PUBLIC_URL.startsWith('https://'))
    throw new ConfigError('PUBLIC_URL', 'must be https in production');
  if (!e.TEAMS_APP_ID) throw new ConfigError('TEAMS_APP_ID', 'is required in production');
  if (!e.BOT_APP_ID) throw new ConfigError('BOT_APP_ID', 'is required in production');
  if (e.BOT_APP_TYPE === 'UserAssignedMSI') {
    if (!e.BOT_TENANT_ID) throw new ConfigError('BOT_TENANT_ID', 'is required for a UserAssignedMSI bot');
    if (e.BOT_APP_PASSWORD)
      throw new ConfigError(
        'BOT_APP_PASSWORD',
        'must not be set for a UserAssignedMSI bot: it has no secret',
      );
  } else if (!e.BOT_APP_PASSWORD) {
    throw new ConfigError('BOT_APP_PASSWORD', `is required in production for a ${e.BOT_APP_TYPE} bot`);
  }
}

function storageFrom(e: z.infer<typeof EnvSchema>, production: boolean): StorageConfig {
  const tablePrefix = e.STORAGE_TABLE_PREFIX;
  if (e.STORAGE_CONNECTION_STRING && e.STORAGE_ACCOUNT_URL) {
    throw new ConfigError('STORAGE_CONNECTION_STRING', 'and STORAGE_ACCOUNT_URL are both set: choose one');
  }
  if (e.STORAGE_CONNECTION_STRING) {
    return { kind: 'connectionString', connectionString: e.STORAGE_CONNECTION_STRING, tablePrefix };
  }
  if (e.STORAGE_ACCOUNT_URL) {
    const queueUrl = e.STORAGE_QUEUE_URL ?? e.STORAGE_ACCOUNT_URL.replace('.table.', '.queue.');
    if (queueUrl === e.STORAGE_ACCOUNT_URL) {
      throw new ConfigError(
        'STORAGE_QUEUE_URL',
        'is required when STORAGE_ACCOUNT_URL is not a *.table.* URL',
      );
    }
    return {
      kind: 'accountUrl',
      accountUrl: e.STORAGE_ACCOUNT_URL,
      queueUrl,
      managedIdentityClientId: e.AZURE_CLIENT_ID,
      tablePrefix,
    };
  }
  if (production) {
    throw new ConfigError('STORAGE_ACCOUNT_URL', 'is required in production (or STORAGE_CONNECTION_STRING)');
  }
  return { kind: 'embedded', tablePrefix };
}

function authFrom(e: z.infer<typeof EnvSchema>, production: boolean): AuthConfig {
  const entraConfigured = Boolean(e.AUTH_JWKS_URL || e.AUTH_ISSUERS || e.AUTH_AUDIENCES);
  const local = e.LOCAL_AUTH ?? !entraConfigured;
  if (local) {
    if (production)
      throw new ConfigError('LOCAL_AUTH', 'must be off in production: the local issuer is refused');
    if (entraConfigured) throw new ConfigError('LOCAL_AUTH', 'cannot be on while AUTH_* settings are set');
    return { kind: 'local', audience: LOCAL_AUDIENCE };
  }
  if (!e.AUTH_ISSUERS?.length) throw new ConfigError('AUTH_ISSUERS', 'is required');
  if (!e.AUTH_JWKS_URL) throw new ConfigError('AUTH_JWKS_URL', 'is required');
  if (!e.AUTH_AUDIENCES?.length) throw new ConfigError('AUTH_AUDIENCES', 'is required');
  if (!e.AUTH_ALLOWED_TENANTS?.length)
    throw new ConfigError('AUTH_ALLOWED_TENANTS', 'is required ("*" allows any)');
  const allowedTenants = e.AUTH_ALLOWED_TENANTS.includes('*') ? 'any' : e.AUTH_ALLOWED_TENANTS;
  return {
    kind: 'entra',
    issuers: e.AUTH_ISSUERS,
    jwksUrl: e.AUTH_JWKS_URL,
    audiences: e.AUTH_AUDIENCES,
    allowedTenants,
  };
}

function botFrom(e: z.infer<typeof EnvSchema>): BotConfig {
  if (e.BOT_APP_TYPE === 'SingleTenant' && e.BOT_APP_ID && !e.BOT_TENANT_ID) {
    throw new ConfigError('BOT_TENANT_ID', 'is required for a SingleTenant bot');
  }
  return {
    appId: e.BOT_APP_ID,
    appPassword: e.BOT_APP_PASSWORD,
    appType: e.BOT_APP_TYPE,
    tenantId: e.BOT_TENANT_ID,
  };
}
