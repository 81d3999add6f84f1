import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TEAM_ID, DEMO_TENANT_ID } from '../../../bot/local/demo-team.ts';
import { loadDemoTeam } from '../../../bot/local/seed.ts';
import type { DashboardResponse } from '../../../shared/api/dashboard.ts';
import { apiPaths } from '../../../shared/api/routes.ts';
import { DEMO_PEOPLE } from '../../../bot/local/demo-catalog.ts';
import { apiClient, type ApiClient } from '../../support/api-client.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';

/** A Thursday: the demo has answers for 2026-W09 and W10; this week (W11) has none yet. */
const NOW = new Date('2026-03-12T15:00:00Z');
const leader = DEMO_PEOPLE.find((p) => p.leader)!;
const member = DEMO_PEOPLE.find((p) => !p.leader)!;

let service: TestService;
let asLeader: ApiClient;
let asMember: ApiClient;

beforeAll(async () => {
  service = await startTestService({ now: () => new Date(NOW) });
  await loadDemoTeam(service.repos, (name) => service.tables.table(name), NOW);
  asLeader = apiClient(service.url, await service.tokenFor(DEMO_TENANT_ID, leader.userId));
  asMember = apiClient(service.url, await service.tokenFor(DEMO_TENANT_ID, member.userId));
});
afterAll(() => service.close());

describe('GET /teams/:teamId/dashboard', () => {
  it('answers a leader with the figures over 8 weeks, checked against the seeded data', async () => {
    const res = await asLeader.get(apiPaths.dashboard(DEMO_TEAM_ID, 8));
    expect(res.status).toBe(200);
    const figures = res.body as DashboardResponse;
    expect(figures.weeks).toHaveLength(8);
    expect(figures.participation.slice(-3)).toEqual([
      { week: '2026-W09', answered: 6, expected: 7, rate: 6 / 7 },
      { week: '2026-W10', answered: 6, expected: 7, rate: 6 / 7 },
      { week: '2026-W11', answered: 0, expected: 7, rate: 0 },
    ]);
    expect(figures.blockersByAge.map((b) => b.count)).toEqual([2, 2, 2, 0]);
    expect(figures.recurringBlockers).toHaveLength(4);
    expect(figures.wip).toHaveLength(8);
    expect(figures.feedbackPerWeek.reduce((sum, w) => sum + w.count, 0)).toBe(5);
    expect(figures.recognition.reduce((sum, r) => sum + r.received, 0)).toBe(4);
    expect(figures.goals).toHaveLength(3);
  });

  it('defaults to 8 weeks and takes another span', async () => {
    expect(
      ((await asLeader.get(apiPaths.dashboard(DEMO_TEAM_ID))).body as DashboardResponse).weeks,
    ).toHaveLength(8);
    expect(
      ((await asLeader.get(apiPaths.dashboard(DEMO_TEAM_ID, 4))).body as DashboardResponse).weeks,
    ).toEqual(['2026-W08', '2026-W09', '2026-W10', '2026-W11']);
  });

  it('refuses members who do not lead the team with 403', async () => {
    const res = await asMember.get(apiPaths.dashboard(DEMO_TEAM_ID));
    expect(res.status).toBe(403);
  });

  it('names the field of a bad span with 400', async () => {
    for (const weeks of ['0', '27', 'x']) {
      const res = await asLeader.get(`${apiPaths.dashboard(DEMO_TEAM_ID)}?weeks=${weeks}`);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.error)).toContain('weeks');
    }
  });
});
