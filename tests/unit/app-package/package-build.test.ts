import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { helpCommands, isCommandName } from '../../../bot/handlers/commands.ts';
import { buildAppPackage } from '../../../appPackage/tools/build-app-package.ts';
import { newestBundledVersion } from '../../../appPackage/tools/bundled-schemas.ts';
import { isRecord, valueAt } from '../../../appPackage/tools/json-path.ts';
import { localizableKeys, parseLocalizationKey } from '../../../appPackage/tools/localization-keys.ts';
import { PackageError } from '../../../appPackage/tools/package-error.ts';
import { schemaProblems } from '../../../appPackage/tools/schema-rules.ts';
import { validateAppPackage } from '../../../appPackage/tools/validate-app-package.ts';
import { buildSamplePackage, contentsOf, jsonOf, type SamplePackage } from './sample-package.ts';

const SAMPLE = {
  TEAMS_APP_ID: '00000000-0000-4000-8000-000000000001',
  AAD_APP_CLIENT_ID: '00000000-0000-4000-8000-000000000002',
  BOT_ID: '00000000-0000-4000-8000-000000000005',
  BOT_DOMAIN: 'cadence-sample.azurewebsites.net',
};

function record(value: unknown): Record<string, unknown> {
  if (!isRecord(value)) throw new Error(`not an object: ${JSON.stringify(value)}`);
  return value;
}

describe('the app package built from env/.env.sample', () => {
  let sample: SamplePackage;
  let manifest: Record<string, unknown>;
  let german: Record<string, unknown>;
  beforeAll(() => {
    sample = buildSamplePackage();
    manifest = record(jsonOf(sample.unzipped['manifest.json']));
    german = record(jsonOf(sample.unzipped['de-de.json']));
  });
  afterAll(() => sample.dispose());

  it('is appPackage.sample.zip with the manifest, both icons and the German strings at its root', () => {
    expect(path.basename(sample.built.zipPath)).toBe('appPackage.sample.zip');
    expect(Object.keys(sample.unzipped).sort()).toEqual([
      'color.png',
      'de-de.json',
      'manifest.json',
      'outline.png',
    ]);
  });

  it('fills every placeholder with the environment’s values and leaves none behind', () => {
    expect(manifest.id).toBe(SAMPLE.TEAMS_APP_ID);
    expect(valueAt(manifest, ['name', 'short'])).toBe('Cadence-sample');
    expect(valueAt(manifest, ['bots', 0, 'botId'])).toBe(SAMPLE.BOT_ID);
    expect(manifest.validDomains).toEqual([SAMPLE.BOT_DOMAIN]);
    expect(manifest.webApplicationInfo).toEqual({
      id: SAMPLE.AAD_APP_CLIENT_ID,
      resource: `api://${SAMPLE.BOT_DOMAIN}/${SAMPLE.AAD_APP_CLIENT_ID}`,
    });
    expect(german['name.short']).toBe('Cadence-sample');
    for (const name of ['manifest.json', 'de-de.json']) {
      expect(new TextDecoder().decode(sample.unzipped[name])).not.toContain('${{');
    }
  });

  it('uses the newest manifest schema bundled by @microsoft/app-manifest and a semver version', () => {
    const version = newestBundledVersion();
    expect(manifest.manifestVersion).toBe(version);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/en-us/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
    );
    expect(manifest.version).toBe('1.0.0');
  });

  it('is valid against the bundled JSON schema, offline, and passes every package rule', () => {
    expect(schemaProblems('manifest', manifest.manifestVersion, 'manifest.json', manifest)).toEqual([]);
    expect(validateAppPackage(contentsOf(sample.unzipped))).toEqual([]);
  });

  it('is valid for @microsoft/app-manifest’s own schema check too', async () => {
    expect(await AppManifestUtils.validateAgainstSchema(manifest as unknown as AppManifest)).toEqual([]);
  });

  it('has the channel tab, the My tasks tab and the bot at the contract’s URLs', () => {
    expect(manifest.configurableTabs).toEqual([
      expect.objectContaining({
        configurationUrl: `https://${SAMPLE.BOT_DOMAIN}/config.html`,
        scopes: ['team', 'groupChat'],
      }),
    ]);
    expect(valueAt(manifest, ['staticTabs', 0])).toEqual(
      expect.objectContaining({
        entityId: 'mine',
        name: 'My tasks',
        contentUrl: `https://${SAMPLE.BOT_DOMAIN}/?view=mine`,
        scopes: ['personal'],
      }),
    );
    // Opened in a plain browser, the production tab could only say it runs inside Teams.
    expect(valueAt(manifest, ['staticTabs', 0, 'websiteUrl'])).toBeUndefined();
    expect(valueAt(manifest, ['bots', 0, 'scopes'])).toEqual(['personal', 'team']);
    expect(manifest.permissions).toEqual(['identity', 'messageTeamMembers']);
  });

  it('lists, in each bot scope, commands of the bot’s registry, help included', () => {
    const lists = valueAt(manifest, ['bots', 0, 'commandLists']);
    expect(Array.isArray(lists) && lists.map((list) => valueAt(list, ['scopes']))).toEqual([
      ['personal'],
      ['team'],
    ]);
    for (const list of Array.isArray(lists) ? lists : []) {
      const commands = valueAt(list, ['commands']);
      const titles = (Array.isArray(commands) ? commands : []).map((command) =>
        String(valueAt(command, ['title'])),
      );
      expect(titles).toContain('help');
      expect(titles.filter((title) => !isCommandName(title))).toEqual([]);
    }
  });

  it('lists every command of the bot in the personal scope, described as the help card does in English and German', () => {
    const title = (command: string) => command.split(' ')[0];
    expect(valueAt(manifest, ['bots', 0, 'commandLists', 0, 'commands'])).toEqual(
      helpCommands('en-US').map(({ command, description }) => ({ title: title(command), description })),
    );
    helpCommands('de-DE').forEach(({ description }, index) => {
      expect(german[`bots[0].commandLists[0].commands[${index}].description`]).toBe(description);
    });
  });

  it('localizes into German: valid against the bundled localization schema, with every localizable string translated', () => {
    const info = record(manifest.localizationInfo);
    expect(info).toEqual({
      defaultLanguageTag: 'en-us',
      additionalLanguages: [{ languageTag: 'de-de', file: 'de-de.json' }],
    });
    expect(schemaProblems('localization', manifest.manifestVersion, 'de-de.json', german)).toEqual([]);
    const keys = localizableKeys(manifest);
    expect(keys).toEqual(expect.arrayContaining(['name.full', 'description.full', 'staticTabs[0].name']));
    for (const key of keys) {
      const english = valueAt(manifest, parseLocalizationKey(key) ?? []);
      expect({ key, translated: typeof german[key] === 'string' && german[key].trim() !== '' }).toEqual({
        key,
        translated: true,
      });
      if (key !== 'name.short') expect({ key, german: german[key] }).not.toEqual({ key, german: english });
    }
    expect(german['staticTabs[0].name']).toBe('Meine Aufgaben');
  });
});

describe('environments', () => {
  const folders: string[] = [];
  const temp = () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'cadence-env-'));
    folders.push(folder);
    return folder;
  };
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  const envFile = (values: Record<string, string>) =>
    Object.entries(values)
      .map(([name, value]) => `${name}=${value}`)
      .join('\n');
  const build = (envDir: string, processEnv: Record<string, string> = {}) => {
    const outDir = temp();
    return { outDir, run: () => buildAppPackage({ envName: 'test', envDir, outDir, processEnv }) };
  };

  it('names every placeholder without a value, and the env files it read', () => {
    const envDir = temp();
    writeFileSync(path.join(envDir, '.env.test'), envFile({ TEAMS_APP_ID: SAMPLE.TEAMS_APP_ID, BOT_ID: '' }));
    expect(build(envDir).run).toThrow(
      new PackageError(
        `Missing values for BOT_DOMAIN, APP_NAME_SUFFIX, BOT_ID, AAD_APP_CLIENT_ID in ${path.join(envDir, '.env.test')}`,
      ),
    );
    writeFileSync(
      path.join(envDir, '.env.test.user'),
      envFile({ AAD_APP_CLIENT_ID: SAMPLE.AAD_APP_CLIENT_ID }),
    );
    expect(build(envDir).run).toThrow(
      `Missing values for BOT_DOMAIN, APP_NAME_SUFFIX, BOT_ID in ${path.join(envDir, '.env.test')} (and ${path.join(envDir, '.env.test.user')})`,
    );
  });

  it('lets .env.<env>.user override the env file, and the process environment override both', () => {
    const envDir = temp();
    writeFileSync(
      path.join(envDir, '.env.test'),
      envFile({ ...SAMPLE, APP_NAME_SUFFIX: '', BOT_ID: 'not-a-guid' }),
    );
    writeFileSync(
      path.join(envDir, '.env.test.user'),
      envFile({ BOT_ID: SAMPLE.BOT_ID, BOT_DOMAIN: 'user.example.net' }),
    );
    const { manifest } = build(envDir, { BOT_DOMAIN: 'ci.example.net' }).run();
    expect(valueAt(manifest, ['bots', 0, 'botId'])).toBe(SAMPLE.BOT_ID);
    expect(manifest.validDomains).toEqual(['ci.example.net']);
    expect(valueAt(manifest, ['name', 'short'])).toBe('Cadence');
  });

  it('refuses an unknown environment, naming the ones there are', () => {
    const envDir = temp();
    writeFileSync(path.join(envDir, '.env.dev'), '');
    writeFileSync(path.join(envDir, '.env.dev.user'), '');
    const run = () => buildAppPackage({ envName: 'prod', envDir, outDir: temp(), processEnv: {} });
    expect(run).toThrow(
      new PackageError(
        `No environment "prod": ${path.join(envDir, '.env.prod')} does not exist. Environments here: dev.`,
      ),
    );
  });

  it('writes no zip when the filled package is invalid, and lists each problem with its JSON path', () => {
    const envDir = temp();
    writeFileSync(path.join(envDir, '.env.test'), envFile({ ...SAMPLE, APP_NAME_SUFFIX: '', BOT_ID: 'bot' }));
    const { outDir, run } = build(envDir);
    expect(run).toThrow(PackageError);
    expect(run).toThrow(/manifest\.json \$\.bots\[0\]\.botId: must match pattern/);
    expect(readdirSync(outDir)).toEqual([]);
    expect(existsSync(path.join(outDir, 'appPackage.test.zip'))).toBe(false);
  });
});

it('env/.env.sample defines every variable env/.env.dev does, so the sample stays complete', () => {
  const keys = (name: string) => Object.keys(parseEnv(readFileSync(path.join('env', name), 'utf8'))).sort();
  expect(keys('.env.sample')).toEqual(expect.arrayContaining(keys('.env.dev')));
});
