import { ConfigError, loadConfig } from '../../bot/config.ts';

/** The Entra settings of a production configuration. */
export const ENTRA_ENV = {
  AUTH_ISSUERS: 'https://login.microsoftonline.com/{tenantid}/v2.0',
  AUTH_JWKS_URL: 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
  AUTH_AUDIENCES: 'api://cadence.example/11111111-1111-4111-8111-111111111111',
  AUTH_ALLOWED_TENANTS: '00000000-0000-4000-8000-000000000001',
};

/** A complete production configuration as infra/ deploys it: a user-assigned managed identity, no secrets. */
export const PRODUCTION_ENV: Readonly<Record<string, string>> = {
  NODE_ENV: 'production',
  PUBLIC_URL: 'https://cadence.example',
  STORAGE_ACCOUNT_URL: 'https://cadence.table.core.windows.net',
  AZURE_CLIENT_ID: '22222222-2222-4222-8222-222222222222',
  BOT_APP_ID: '22222222-2222-4222-8222-222222222222',
  BOT_APP_TYPE: 'UserAssignedMSI',
  BOT_TENANT_ID: '00000000-0000-4000-8000-000000000001',
  TEAMS_APP_ID: '33333333-3333-4333-8333-333333333333',
  ...ENTRA_ENV,
};

/** The setting a ConfigError names for `env`, or undefined when it loads. */
export function settingNamedBy(env: Record<string, string>): string | undefined {
  try {
    loadConfig(env);
    return undefined;
  } catch (error) {
    if (error instanceof ConfigError) return error.setting;
    throw error;
  }
}
