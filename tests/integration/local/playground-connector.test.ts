import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoTeam, DEMO_TEAM_ID, DEMO_TENANT_ID } from '../../../bot/local/demo-team.ts';
import { PLAYGROUND_CONFIG_FILE } from '../../../bot/local/playground-config.ts';
import { startPlayground, type RunningPlayground } from '../../../bot/local/playground-process.ts';

const demo = buildDemoTeam(new Date(), 0);
const team = encodeURIComponent(DEMO_TEAM_ID);
let playground: RunningPlayground;

beforeAll(async () => {
  playground = await startPlayground({
    // Nothing listens there: only the Playground's connector API, which the bot calls, is asked here.
    botEndpoint: 'http://127.0.0.1:9/api/messages',
    configPath: PLAYGROUND_CONFIG_FILE,
    logFile: '.cache/playground/connector-test.log',
    port: 0,
  });
}, 30_000);

afterAll(async () => {
  await playground?.stop();
});

async function connector<T>(path: string): Promise<T> {
  const res = await fetch(`${playground.serviceUrl}${path}`);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

interface Account {
  id: string;
  aadObjectId: string;
  name: string;
  email: string;
  tenantId: string;
}

describe('the Agents Playground started with the committed config', () => {
  it('answers the roster call with demo members: their Entra ids, Teams ids, names and emails', async () => {
    const page = await connector<{ members: Account[] }>(`/v3/conversations/${team}/pagedmembers`);
    expect(page.members).toHaveLength(6);
    for (const account of page.members) {
      const member = demo.members.find((m) => m.userId === account.aadObjectId);
      expect(member, account.name).toBeDefined();
      expect(account).toMatchObject({
        id: member?.teamsUserId,
        name: member?.name,
        email: member?.email,
        tenantId: DEMO_TENANT_ID,
      });
    }
    expect(page.members.map((m) => m.name)).toContain('Alice Example');
  });

  it('describes the demo team under its id and name', async () => {
    const details = await connector<{ id: string; name: string; tenantId: string }>(`/v3/teams/${team}`);
    expect(details).toMatchObject({ id: DEMO_TEAM_ID, name: demo.team.name, tenantId: DEMO_TENANT_ID });
  });

  it('serves its chat page where it says', async () => {
    const res = await fetch(playground.url);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Microsoft 365 Agents Playground</title>');
  });
});
