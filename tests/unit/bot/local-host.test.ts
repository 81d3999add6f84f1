import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { localHostRoutes } from '../../../bot/local/local-host.ts';
import { LOCAL_DEMO_PATH, type LocalDemoTeam } from '../../../shared/api/local-demo.ts';

async function withServer(run: (url: string) => Promise<void>): Promise<void> {
  const app = express().use(localHostRoutes({ nodeEnv: 'development' }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.close();
  }
}

describe('the local Teams host routes', () => {
  it('are refused in production', () => {
    expect(() => localHostRoutes({ nodeEnv: 'production' })).toThrow(/refused when NODE_ENV=production/);
  });

  it('send /host to the host page, keeping its settings', () =>
    withServer(async (url) => {
      const res = await fetch(`${url}/host?theme=dark&width=mobile`, { redirect: 'manual' });
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe('/local-host/?theme=dark&width=mobile');
    }));

  it('list the demo team and its people, leaders marked', () =>
    withServer(async (url) => {
      const demo = (await (await fetch(`${url}${LOCAL_DEMO_PATH}`)).json()) as LocalDemoTeam;
      expect(demo.teamName).toBe('Northwind Launch');
      expect(demo.people).toHaveLength(8);
      expect(demo.people.filter((p) => p.isLeader).map((p) => p.name)).toEqual([
        'Alice Example',
        'Emma Schulz',
      ]);
    }));
});
