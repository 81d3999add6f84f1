import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../bot/config.ts';
import { ENTRA_ENV, PRODUCTION_ENV, settingNamedBy } from '../../support/production-env.ts';

const ENTRA = ENTRA_ENV;
const PRODUCTION = PRODUCTION_ENV;

describe('loadConfig', () => {
  it('runs locally on embedded defaults: embedded storage, the local issuer, 127.0.0.1:3978', () => {
    const config = loadConfig({});
    expect(config.storage).toEqual({ kind: 'embedded', tablePrefix: undefined });
    expect(config.auth.kind).toBe('local');
    expect(config).toMatchObject({ host: '127.0.0.1', port: 3978, nodeEnv: 'development' });
  });

  it('accepts a complete production configuration', () => {
    const config = loadConfig(PRODUCTION);
    expect(config.storage.kind).toBe('accountUrl');
    expect(config.auth).toMatchObject({ kind: 'entra', allowedTenants: [ENTRA.AUTH_ALLOWED_TENANTS] });
    expect(config.host).toBe('0.0.0.0');
    expect(config.storage).toMatchObject({
      queueUrl: 'https://cadence.queue.core.windows.net',
      managedIdentityClientId: PRODUCTION.AZURE_CLIENT_ID,
    });
  });

  it.each([
    ['STORAGE_ACCOUNT_URL', 'STORAGE_ACCOUNT_URL'],
    ['PUBLIC_URL', 'PUBLIC_URL'],
    ['TEAMS_APP_ID', 'TEAMS_APP_ID'],
    ['BOT_APP_ID', 'BOT_APP_ID'],
    ['BOT_TENANT_ID', 'BOT_TENANT_ID'],
    ['AUTH_ISSUERS', 'AUTH_ISSUERS'],
    ['AUTH_JWKS_URL', 'AUTH_JWKS_URL'],
    ['AUTH_AUDIENCES', 'AUTH_AUDIENCES'],
    ['AUTH_ALLOWED_TENANTS', 'AUTH_ALLOWED_TENANTS'],
  ])('production without %s names it', (missing, named) => {
    const env: Record<string, string> = { ...PRODUCTION };
    delete env[missing];
    expect(settingNamedBy(env)).toBe(named);
  });

  it('asks for the bot password of a password-based bot, and refuses one for a managed identity', () => {
    expect(settingNamedBy({ ...PRODUCTION, BOT_APP_TYPE: 'MultiTenant' })).toBe('BOT_APP_PASSWORD');
    expect(settingNamedBy({ ...PRODUCTION, BOT_APP_TYPE: 'MultiTenant', BOT_APP_PASSWORD: 'secret' })).toBe(
      undefined,
    );
    expect(settingNamedBy({ ...PRODUCTION, BOT_APP_PASSWORD: 'secret' })).toBe('BOT_APP_PASSWORD');
  });

  it('wants an https public address in production', () => {
    expect(settingNamedBy({ ...PRODUCTION, PUBLIC_URL: 'http://cadence.example' })).toBe('PUBLIC_URL');
  });

  it('refuses the local issuer in production, even when asked for', () => {
    const withoutEntra: Record<string, string> = { ...PRODUCTION };
    for (const setting of Object.keys(ENTRA)) delete withoutEntra[setting];
    expect(settingNamedBy(withoutEntra)).toBe('LOCAL_AUTH');
    expect(settingNamedBy({ ...PRODUCTION, LOCAL_AUTH: 'true' })).toBe('LOCAL_AUTH');
  });

  it('names malformed values', () => {
    expect(settingNamedBy({ PORT: 'eighty' })).toBe('PORT');
    expect(settingNamedBy({ STORAGE_ACCOUNT_URL: 'not a url' })).toBe('STORAGE_ACCOUNT_URL');
    expect(settingNamedBy({ STORAGE_TABLE_PREFIX: '1bad' })).toBe('STORAGE_TABLE_PREFIX');
    expect(settingNamedBy({ NODE_ENV: 'staging' })).toBe('NODE_ENV');
  });

  it('refuses two storage settings at once', () => {
    expect(
      settingNamedBy({
        STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
        STORAGE_ACCOUNT_URL: 'https://a.table.core.windows.net',
      }),
    ).toBe('STORAGE_CONNECTION_STRING');
  });

  it('reads "*" as any tenant', () => {
    const config = loadConfig({ ...ENTRA, AUTH_ALLOWED_TENANTS: '*' });
    expect(config.auth).toMatchObject({ kind: 'entra', allowedTenants: 'any' });
  });

  it('applies defaults only where the environment is silent', () => {
    expect(loadConfig({}, { NODE_ENV: 'test' }).nodeEnv).toBe('test');
    expect(loadConfig({ NODE_ENV: 'development' }, { NODE_ENV: 'test' }).nodeEnv).toBe('development');
  });
});
