import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_SETTINGS, ConfigError, loadConfig } from '../../../bot/config.ts';

interface Row {
  name: string;
  production: string;
}

/** The rows of the README's configuration table: variable name and its "In production" cell. */
function readmeConfigRows(): Row[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('\n## Configuration\n'));
  const table = section.slice(0, section.indexOf('\n## ', 1));
  return table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const cells = line.split('|').map((cell) => cell.trim());
      return { name: (cells[1] ?? '').replaceAll('`', ''), production: cells[3] ?? '' };
    });
}

const MANAGED_IDENTITY = {
  NODE_ENV: 'production',
  PUBLIC_URL: 'https://cadence.example',
  STORAGE_ACCOUNT_URL: 'https://cadence.table.core.windows.net',
  AZURE_CLIENT_ID: '22222222-2222-4222-8222-222222222222',
  AUTH_ISSUERS: 'https://login.microsoftonline.com/{tenantid}/v2.0',
  AUTH_JWKS_URL: 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
  AUTH_AUDIENCES: 'api://cadence.example/11111111-1111-4111-8111-111111111111',
  AUTH_ALLOWED_TENANTS: '00000000-0000-4000-8000-000000000001',
  BOT_APP_ID: '22222222-2222-4222-8222-222222222222',
  BOT_APP_TYPE: 'UserAssignedMSI',
  BOT_TENANT_ID: '00000000-0000-4000-8000-000000000001',
  TEAMS_APP_ID: '33333333-3333-4333-8333-333333333333',
};
const CLIENT_SECRET = {
  ...MANAGED_IDENTITY,
  BOT_APP_TYPE: 'MultiTenant',
  BOT_TENANT_ID: '',
  BOT_APP_PASSWORD: 'not-a-real-secret',
};

function settingNamedWithout(base: Record<string, string>, name: string): string | undefined {
  const env: Record<string, string> = { ...base };
  delete env[name];
  try {
    loadConfig(env);
    return undefined;
  } catch (error) {
    if (error instanceof ConfigError) return error.setting;
    throw error;
  }
}

describe('the README configuration table', () => {
  const rows = readmeConfigRows();

  it('lists every setting of the config module, and nothing else', () => {
    expect(rows.map((row) => row.name).sort()).toEqual([...CONFIG_SETTINGS].sort());
  });

  it('marks as required in production exactly the settings production cannot start without', () => {
    for (const { name, production } of rows) {
      const named = [MANAGED_IDENTITY, CLIENT_SECRET].some(
        (base) => settingNamedWithout(base, name) === name,
      );
      expect({ name, required: named }).toEqual({ name, required: production.startsWith('required') });
    }
  });

  it('is right that the complete examples start', () => {
    expect(() => loadConfig(MANAGED_IDENTITY)).not.toThrow();
    expect(() => loadConfig(CLIENT_SECRET)).not.toThrow();
  });
});
