import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiPaths } from '../../../shared/api/routes.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';
import { createTeamFixture, type TeamFixture } from '../../support/team-fixture.ts';

let service: TestService;
let team: TeamFixture;

beforeAll(async () => {
  service = await startTestService();
  team = await createTeamFixture(service.repos);
});
afterAll(() => service.close());

it('serves the board to a roster member', async () => {
  const token = await service.tokenFor(team.tenantId, team.leader);
  const created = await fetch(service.url + apiPaths.tasks(team.teamId), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Write the spine' }),
  });
  expect(created.status).toBe(201);
  const res = await fetch(service.url + apiPaths.board(team.teamId), {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  const body = await res.json();
  expect(body.tasks).toHaveLength(1);
  expect(body.members).toHaveLength(3);
});
