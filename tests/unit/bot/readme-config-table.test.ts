import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_SETTINGS, loadConfig } from '../../../bot/config.ts';
import { PRODUCTION_ENV, settingNamedBy } from '../../support/production-env.ts';

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

const MANAGED_IDENTITY = PRODUCTION_ENV;
const CLIENT_SECRET = {
  ...MANAGED_IDENTITY,
  BOT_APP_TYPE: 'MultiTenant',
  BOT_TENANT_ID: '',
  BOT_APP_PASSWORD: 'not-a-real-secret',
};

function settingNamedWithout(base: Readonly<Record<string, string>>, name: string): string | undefined {
  const env: Record<string, string> = { ...base };
  delete env[name];
  return settingNamedBy(env);
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
