import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtApp } from '../../support/built-app.ts';
import { PRODUCTION_ENV } from '../../support/production-env.ts';
import { storageConnectionString, uniqueTablePrefix } from '../../support/test-tables.ts';

/** A complete production configuration, listening on a free local port; storage is set per test. */
const PRODUCTION: Record<string, string> = { ...PRODUCTION_ENV, HOST: '127.0.0.1', PORT: '0' };
delete PRODUCTION.STORAGE_ACCOUNT_URL;

let appDir: string;

beforeAll(async () => {
  appDir = await builtApp();
}, 240_000);

/** `npm start`: the built service, with only the given environment (nothing inherited). */
function start(env: Record<string, string>): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [path.join(appDir, 'server/bot/main.js')], {
    env,
  });
}

function exitOf(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

describe('npm start refuses an incomplete production configuration', () => {
  it.each(['PUBLIC_URL', 'TEAMS_APP_ID', 'BOT_APP_ID', 'AUTH_AUDIENCES', 'STORAGE_ACCOUNT_URL'])(
    'exits 1 naming %s when it is missing',
    async (missing) => {
      const env: Record<string, string> = {
        ...PRODUCTION,
        STORAGE_ACCOUNT_URL: 'https://cadence.table.core.windows.net',
      };
      delete env[missing];
      const { code, stderr } = await exitOf(start(env));
      expect(code).toBe(1);
      expect(stderr).toContain(`Configuration error: ${missing}`);
      expect(stderr).not.toMatch(/\n\s+at /);
    },
  );

  it('refuses local auth', async () => {
    const env = {
      ...PRODUCTION,
      STORAGE_ACCOUNT_URL: 'https://cadence.table.core.windows.net',
      LOCAL_AUTH: 'true',
    };
    const { code, stderr } = await exitOf(start(env));
    expect(code).toBe(1);
    expect(stderr).toContain('LOCAL_AUTH must be off in production');
  });
});

describe('npm start with a complete configuration (storage: Azurite)', () => {
  let child: ChildProcessWithoutNullStreams;
  let url: string;
  let exited: Promise<{ code: number | null; stderr: string }>;

  beforeAll(async () => {
    child = start({
      ...PRODUCTION,
      STORAGE_CONNECTION_STRING: storageConnectionString(),
      STORAGE_TABLE_PREFIX: uniqueTablePrefix(),
    });
    exited = exitOf(child);
    url = await listeningUrl(child);
  }, 30_000);

  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  });

  it('answers /healthz', async () => {
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('serves the built tab and the pages the manifest links to, hashed assets cached for a year', async () => {
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    expect(html).toContain('<div id="root">');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const page of ['config.html', 'privacy.html', 'terms.html'])
      expect({ page, status: (await fetch(`${url}/${page}`)).status }).toEqual({ page, status: 200 });
  });

  it('has no local Teams host, local issuer or anonymous API', async () => {
    expect((await fetch(`${url}/host`)).status).toBe(404);
    expect((await fetch(`${url}/.well-known/jwks.json`)).status).toBe(404);
    expect((await fetch(`${url}/api/v1/teams/any/board`)).status).toBe(401);
    const anonymousActivity = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: 'anonymous-1',
        channelId: 'msteams',
        serviceUrl: 'https://smba.trafficmanager.net/amer/',
        from: { id: '29:someone' },
        recipient: { id: `28:${PRODUCTION.BOT_APP_ID}` },
        conversation: { id: 'a:1', conversationType: 'personal' },
        text: 'help',
      }),
    });
    expect(anonymousActivity.status).toBe(401);
  });

  it('stops on SIGTERM', async () => {
    child.kill('SIGTERM');
    expect((await exited).code).toBe(0);
  });
});

/** The address from the "Cadence is listening" log line (PORT=0 picks a free port). */
function listeningUrl(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      for (const line of out.split('\n')) {
        if (!line.includes('Cadence is listening')) continue;
        resolve((JSON.parse(line) as { url: string }).url);
      }
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code} before listening:\n${out}`)));
  });
}
