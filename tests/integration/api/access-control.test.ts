import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../shared/api/routes.ts';
import type { Versioned } from '../../../shared/api/versioned.ts';
import type { Goal } from '../../../shared/domain/goal.ts';
import type { Task } from '../../../shared/domain/task.ts';
import { apiClient, type ApiClient, type ApiResult } from '../../support/api-client.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';
import { createTeamFixture, type TeamFixture } from '../../support/team-fixture.ts';
import { boardSnapshot } from './storage-snapshot.ts';

let service: TestService;
let teamA: TeamFixture;
let teamB: TeamFixture;
/** Leads team A and is also a plain member of team B. */
let leaderA: ApiClient;
let leaderB: ApiClient;
let taskA: Versioned<Task>;
let taskB: Versioned<Task>;

const client = async (fixture: TeamFixture, userId: string) =>
  apiClient(service.url, await service.tokenFor(fixture.tenantId, userId));

beforeAll(async () => {
  service = await startTestService();
  teamA = await createTeamFixture(service.repos);
  teamB = await createTeamFixture(service.repos);
  const now = new Date().toISOString();
  await service.repos.members.insert({
    tenantId: teamB.tenantId,
    teamId: teamB.teamId,
    userId: teamA.leader,
    name: 'Lee from team A',
    skills: [],
    active: true,
    joinedAt: now,
    updatedAt: now,
  });
  leaderA = await client(teamA, teamA.leader);
  leaderB = await client(teamB, teamB.leader);
  taskA = (await leaderA.post<Versioned<Task>>(apiPaths.tasks(teamA.teamId), { title: 'Team A only' })).body;
  taskB = (await leaderB.post<Versioned<Task>>(apiPaths.tasks(teamB.teamId), { title: 'Team B only' })).body;
  expect(taskA.id).toBeDefined();
  expect(taskB.id).toBeDefined();
});
afterAll(() => service.close());

function expectNoLeak(res: ApiResult<unknown>, ...secrets: string[]): void {
  const text = JSON.stringify(res.body);
  for (const secret of secrets) expect(text).not.toContain(secret);
}

describe('an object id of another team is not found', () => {
  it('team B’s path with team A’s task id, by someone on both teams', async () => {
    const before = await boardSnapshot(service.repos, teamA);
    const path = apiPaths.task(teamB.teamId, taskA.id);
    for (const res of [
      await leaderA.get(path),
      await leaderA.patch(path, { title: 'Moved?' }, taskA.etag),
      await leaderA.patch(path, { title: 'Moved?' }, '*'),
    ]) {
      expect(res.status).toBe(404);
      expect(res.error?.code).toBe('not_found');
      expectNoLeak(res, taskA.title);
    }
    // On team B they are only a member, and deleting is for leaders whatever the id names.
    const deleted = await leaderA.delete(path, taskA.etag);
    expect(deleted.status).toBe(403);
    expectNoLeak(deleted, taskA.title);
    expect(await boardSnapshot(service.repos, teamA)).toEqual(before);
  });

  it('team A’s path with team B’s task id', async () => {
    const before = await boardSnapshot(service.repos, teamB);
    const path = apiPaths.task(teamA.teamId, taskB.id);
    for (const res of [
      await leaderA.get(path),
      await leaderA.patch(path, { status: 'done' }, taskB.etag),
      await leaderA.delete(path, '*'),
    ]) {
      expect(res.status).toBe(404);
      expectNoLeak(res, taskB.title);
    }
    expect(await boardSnapshot(service.repos, teamB)).toEqual(before);
  });

  it('a goal id of another team', async () => {
    const goal = await leaderB.post<Versioned<Goal>>(apiPaths.goals(teamB.teamId), { statement: 'B goal' });
    expect(goal.status).toBe(201);
    const res = await leaderA.get(apiPaths.goal(teamA.teamId, goal.body.id));
    expect(res.status).toBe(404);
    expectNoLeak(res, 'B goal');
  });

  it('a path id that could never name an object', async () => {
    expect((await leaderA.get(apiPaths.task(teamA.teamId, 'not a valid id!'))).status).toBe(404);
    expect((await leaderA.get(apiPaths.board('19:nope@thread.tacv2'))).status).toBe(404);
  });
});

describe('the roster decides who may use a team', () => {
  it('a caller not on the roster gets 403 and no data', async () => {
    const outsider = await client(teamA, teamA.outsider);
    const before = await boardSnapshot(service.repos, teamA);
    for (const res of [
      await outsider.get(apiPaths.board(teamA.teamId)),
      await outsider.get(apiPaths.tasks(teamA.teamId)),
      await outsider.get(apiPaths.task(teamA.teamId, taskA.id)),
      await outsider.post(apiPaths.tasks(teamA.teamId), { title: 'Sneaky' }),
      await outsider.patch(apiPaths.task(teamA.teamId, taskA.id), { title: 'Sneaky' }, '*'),
    ]) {
      expect(res.status).toBe(403);
      expect(res.error?.code).toBe('forbidden');
      expectNoLeak(res, taskA.title);
    }
    expect(await boardSnapshot(service.repos, teamA)).toEqual(before);
  });

  it('a member of team B is not on team A', async () => {
    const memberB = await client(teamB, teamB.members[0] ?? '');
    expect((await memberB.get(apiPaths.board(teamA.teamId))).status).toBe(403);
  });

  it('someone who left the team (inactive) gets 403', async () => {
    const leaver = teamA.members[1] ?? '';
    await service.repos.members.update(teamA, leaver, (member) => ({ ...member, active: false }));
    const res = await (await client(teamA, leaver)).get(apiPaths.board(teamA.teamId));
    expect(res.status).toBe(403);
  });
});

describe('leader-only actions are checked on the server', () => {
  let member: ApiClient;
  let memberId: string;

  beforeAll(async () => {
    memberId = teamA.members[0] ?? '';
    member = await client(teamA, memberId);
  });

  it('a member may not create a goal', async () => {
    const before = await boardSnapshot(service.repos, teamA);
    const res = await member.post(apiPaths.goals(teamA.teamId), { statement: 'Ship it' });
    expect(res.status).toBe(403);
    expect(res.error?.code).toBe('forbidden');
    expect(await boardSnapshot(service.repos, teamA)).toEqual(before);
  });

  it('a member may not change or delete a goal', async () => {
    const goal = (await leaderA.post<Versioned<Goal>>(apiPaths.goals(teamA.teamId), { statement: 'G' })).body;
    const before = await boardSnapshot(service.repos, teamA);
    const path = apiPaths.goal(teamA.teamId, goal.id);
    expect((await member.patch(path, { statement: 'Mine now' }, goal.etag)).status).toBe(403);
    expect((await member.delete(path, goal.etag)).status).toBe(403);
    expect(await boardSnapshot(service.repos, teamA)).toEqual(before);
  });

  it('a member may not delete a task, even their own', async () => {
    const own = (await member.post<Versioned<Task>>(apiPaths.tasks(teamA.teamId), { title: 'Mine' })).body;
    const before = await boardSnapshot(service.repos, teamA);
    for (const target of [own, taskA]) {
      const res = await member.delete(apiPaths.task(teamA.teamId, target.id), target.etag);
      expect(res.status).toBe(403);
    }
    expect(await boardSnapshot(service.repos, teamA)).toEqual(before);
  });

  it('a member may not assign work to someone else', async () => {
    const other = teamA.members[1] ?? '';
    const before = await boardSnapshot(service.repos, teamA);
    const created = await member.post(apiPaths.tasks(teamA.teamId), { title: 'For you', assigneeId: other });
    expect(created.status).toBe(403);
    const patched = await member.patch(apiPaths.task(teamA.teamId, taskA.id), { assigneeId: other }, '*');
    expect(patched.status).toBe(403);
    expect(await boardSnapshot(service.repos, teamA)).toEqual(before);
  });

  it('a member may not edit a task assigned to someone else', async () => {
    const leadersTask = (
      await leaderA.post<Versioned<Task>>(apiPaths.tasks(teamA.teamId), {
        title: 'Leader’s own',
        assigneeId: teamA.leader,
      })
    ).body;
    const res = await member.patch(
      apiPaths.task(teamA.teamId, leadersTask.id),
      { title: 'Taken' },
      leadersTask.etag,
    );
    expect(res.status).toBe(403);
    expect((await service.repos.tasks.require(teamA, leadersTask.id)).etag).toBe(leadersTask.etag);
  });

  it('a member may take an unassigned task and edit it (control)', async () => {
    const open = (await leaderA.post<Versioned<Task>>(apiPaths.tasks(teamA.teamId), { title: 'Open' })).body;
    const res = await member.patch<Versioned<Task>>(
      apiPaths.task(teamA.teamId, open.id),
      { assigneeId: memberId, status: 'doing' },
      open.etag,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ assigneeId: memberId, status: 'doing' });
  });
});
