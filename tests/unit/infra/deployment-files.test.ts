import { existsSync, readdirSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isIgnored, parseIgnoreFile } from './ignore-patterns.ts';
import { REPO_ROOT, readEnvFile, repoFile } from './toolkit-project.ts';

const patterns = parseIgnoreFile(repoFile('.webappignore'));
const lockPackages = (
  JSON.parse(repoFile('package-lock.json')) as {
    packages: Record<string, { dev?: boolean }>;
  }
).packages;
const installed = Object.entries(lockPackages).filter(([location]) => location.startsWith('node_modules/'));

describe('.webappignore (what the zip deploy leaves out)', () => {
  it('keeps what `npm start` runs: package.json, the built service and tab', () => {
    const start = (JSON.parse(repoFile('package.json')) as { scripts: { start: string } }).scripts.start;
    const entry = /^node\s+(\S+)$/.exec(start)?.[1];
    expect(entry).toBe('dist/server/bot/main.js');
    for (const file of [
      'package.json',
      entry!,
      'dist/server/shared/store/table-clients.js',
      'dist/tab/index.html',
    ]) {
      expect(isIgnored(file, patterns), file).toBe(false);
    }
  });

  it('keeps every runtime dependency in the lockfile', () => {
    const runtime = installed.filter(([, entry]) => !entry.dev).map(([location]) => location);
    expect(runtime.length).toBeGreaterThan(0);
    expect(runtime.filter((location) => isIgnored(`${location}/package.json`, patterns))).toEqual([]);
  });

  it('leaves out only development packages of node_modules', () => {
    const leftOut = installed.filter(([location]) => isIgnored(`${location}/package.json`, patterns));
    expect(leftOut.length).toBeGreaterThan(0);
    expect(leftOut.filter(([, entry]) => !entry.dev).map(([location]) => location)).toEqual([]);
  });

  it('ships no command links into the packages it leaves out', () => {
    const binFolders = new Set(['node_modules/.bin']);
    for (const [location] of installed) {
      const nested = location.lastIndexOf('/node_modules/');
      if (nested > 0) binFolders.add(`${location.slice(0, nested)}/node_modules/.bin`);
    }
    const dangling: string[] = [];
    for (const folder of binFolders) {
      const absolute = path.join(REPO_ROOT, folder);
      if (!existsSync(absolute)) continue;
      for (const link of readdirSync(absolute, { withFileTypes: true }).filter((entry) =>
        entry.isSymbolicLink(),
      )) {
        const linkPath = `${folder}/${link.name}`;
        const target = path.relative(
          REPO_ROOT,
          path.resolve(absolute, readlinkSync(path.join(absolute, link.name))),
        );
        if (!isIgnored(linkPath, patterns) && isIgnored(target.split(path.sep).join('/'), patterns)) {
          dangling.push(`${linkPath} -> ${target}`);
        }
      }
    }
    expect(dangling).toEqual([]);
  });

  it('leaves out sources, tests, environments, infrastructure and local data', () => {
    for (const file of [
      'bot/main.ts',
      'shared/store/table-clients.ts',
      'tab/app.tsx',
      'tests/unit/infra/main-bicep.test.ts',
      'env/.env.dev',
      'env/.env.dev.user',
      'infra/main.bicep',
      'appPackage/build/appPackage.dev.zip',
      'm365agents.yml',
      'aad.manifest.json',
      '.data/local-issuer-key.json',
      '.git/HEAD',
      '.deployment/deployment.zip',
      'node_modules/typescript/package.json',
      'vite.config.ts',
    ]) {
      expect(isIgnored(file, patterns), file).toBe(true);
    }
  });
});

const DEPLOYMENT_FILES = [
  ...readdirSync(path.join(REPO_ROOT, 'infra'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(REPO_ROOT, path.join(entry.parentPath, entry.name))),
  'env/.env.dev',
  'm365agents.yml',
  'aad.manifest.json',
  '.webappignore',
];

describe('secrets', () => {
  it('has no keys, passwords, SAS tokens or connection strings in the deployment files', () => {
    const secretLooking =
      /AccountKey=|SharedAccessSignature|[?&]sig=|InstrumentationKey=|-----BEGIN|password\s*[:=]\s*\S|^\s*clientSecret\s*:|listKeys\s*\(/im;
    const offending = DEPLOYMENT_FILES.filter((file) => secretLooking.test(repoFile(file)));
    expect(offending).toEqual([]);
  });

  it('commits env/.env.dev with empty values except the environment name and suffix', () => {
    const env = readEnvFile('env/.env.dev');
    expect(Object.keys(env).filter((name) => name.startsWith('SECRET_'))).toEqual([]);
    const filled = Object.entries(env).filter(([, value]) => value !== '');
    expect(Object.fromEntries(filled)).toEqual({ TEAMSFX_ENV: 'dev', APP_NAME_SUFFIX: '-dev' });
  });

  it('keeps env/.env.*.user files out of git', () => {
    expect(repoFile('.gitignore').split(/\r?\n/)).toContain('env/.env.*.user');
  });
});
