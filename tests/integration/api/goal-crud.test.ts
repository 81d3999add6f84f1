import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../shared/api/routes.ts';
import type { Versioned } from '../../../shared/api/versioned.ts';
import type { Goal } from '../../../shared/domain/goal.ts';
import type { Task } from '../../../shared/domain/task.ts';
import { apiClient, expectVersioned, type ApiClient } from '../../support/api-client.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';
import { createTeamFixture, type TeamFixture } from '../../support/team-fixture.ts';
import { boardSnapshot } from './storage-snapshot.ts';
import { testClock } from './test-clock.ts';

const clock = testClock();
let service: TestService;
let team: TeamFixture;
let leader: ApiClient;

beforeAll(async () => {
  service = await startTestService({ now: clock.now });
  team = await createTeamFixture(service.repos);
  leader = apiClient(service.url, await service.tokenFor(team.tenantId, team.leader));
});
afterAll(() => service.close());

const goalPath = (id: string) => apiPaths.goal(team.teamId, id);
const measure = { metric: 'Onboarding days', baseline: 5, target: 1, unit: 'days' };

async function createGoal(body: Record<string, unknown>): Promise<Versioned<Goal>> {
  return expectVersioned(await leader.post<Versioned<Goal>>(apiPaths.goals(team.teamId), body), 201);
}

async function stored(id: string): Promise<Versioned<Goal>> {
  const { value, etag } = await service.repos.goals.require(team, id);
  return { ...value, etag };
}

describe('goal CRUD over HTTP', () => {
  it('creates, reads and lists a goal', async () => {
    const at = clock.iso();
    const goal = await createGoal({
      statement: 'Cut onboarding to one day',
      measure,
      dueDate: '2026-06-30',
      ownerId: team.members[0],
    });
    expect(goal).toMatchObject({
      statement: 'Cut onboarding to one day',
      description: '',
      measure,
      dueDate: '2026-06-30',
      ownerId: team.members[0],
      status: 'active',
      createdBy: team.leader,
      createdAt: at,
      updatedAt: at,
    });
    expect(await stored(goal.id)).toEqual(goal);
    expect(expectVersioned(await leader.get<Versioned<Goal>>(goalPath(goal.id)), 200)).toEqual(goal);
    const list = await leader.get<Versioned<Goal>[]>(apiPaths.goals(team.teamId));
    expect(list.body.find((g) => g.id === goal.id)).toEqual(goal);
  });

  it('the owner defaults to the leader who creates it', async () => {
    expect((await createGoal({ statement: 'Mine' })).ownerId).toBe(team.leader);
  });

  it('updates with the ETag, clearing optional fields with null', async () => {
    const goal = await createGoal({ statement: 'Before', measure, dueDate: '2026-06-30' });
    const at = clock.advance(5);
    const updated = expectVersioned(
      await leader.patch<Versioned<Goal>>(
        goalPath(goal.id),
        { statement: 'After', measure: null, dueDate: null, status: 'done' },
        goal.etag,
      ),
      200,
    );
    expect(updated).toMatchObject({ statement: 'After', status: 'done', updatedAt: at });
    expect(updated).not.toHaveProperty('measure');
    expect(updated).not.toHaveProperty('dueDate');
    expect(updated.etag).not.toBe(goal.etag);
    expect(await stored(goal.id)).toEqual(updated);
  });

  it('changes only the fields it is sent: a status change keeps the description', async () => {
    const goal = await createGoal({ statement: 'Ship', description: 'Why it matters' });
    const res = await leader.patch<Versioned<Goal>>(goalPath(goal.id), { status: 'done' }, goal.etag);
    expect(expectVersioned(res, 200)).toMatchObject({ status: 'done', description: 'Why it matters' });
  });

  it('a stale ETag is 412 with the stored version, and writes nothing', async () => {
    const goal = await createGoal({ statement: 'Contested' });
    clock.advance(1);
    const theirs = expectVersioned(
      await leader.patch<Versioned<Goal>>(goalPath(goal.id), { description: 'Theirs' }, goal.etag),
      200,
    );
    const before = await boardSnapshot(service.repos, team);
    const mine = await leader.patch(goalPath(goal.id), { description: 'Mine' }, goal.etag);
    expect(mine.status).toBe(412);
    expect(mine.error?.code).toBe('precondition_failed');
    expect(mine.error?.current).toEqual(theirs);
    expect(await boardSnapshot(service.repos, team)).toEqual(before);
  });

  it('a write without If-Match is 428', async () => {
    const goal = await createGoal({ statement: 'Guarded' });
    const before = await boardSnapshot(service.repos, team);
    expect((await leader.patch(goalPath(goal.id), { statement: 'Blind' })).status).toBe(428);
    expect((await leader.delete(goalPath(goal.id))).status).toBe(428);
    expect(await boardSnapshot(service.repos, team)).toEqual(before);
  });

  it('a goal with tasks cannot be deleted (409); archiving works, and once empty it deletes', async () => {
    const goal = await createGoal({ statement: 'Has work' });
    const task = expectVersioned(
      await leader.post<Versioned<Task>>(apiPaths.tasks(team.teamId), { title: 'Linked', goalId: goal.id }),
      201,
    );
    const before = await boardSnapshot(service.repos, team);
    const refused = await leader.delete(goalPath(goal.id), goal.etag);
    expect(refused.status).toBe(409);
    expect(refused.error?.code).toBe('conflict');
    expect(await boardSnapshot(service.repos, team)).toEqual(before);

    const archived = expectVersioned(
      await leader.patch<Versioned<Goal>>(goalPath(goal.id), { status: 'archived' }, goal.etag),
      200,
    );
    expect(archived.status).toBe('archived');

    const unlinked = await leader.patch<Versioned<Task>>(
      apiPaths.task(team.teamId, task.id),
      { goalId: null },
      task.etag,
    );
    expect(unlinked.status).toBe(200);
    expect(unlinked.body).not.toHaveProperty('goalId');

    expect((await leader.delete(goalPath(goal.id), goal.etag)).status).toBe(412);
    expect((await leader.delete(goalPath(goal.id), archived.etag)).status).toBe(204);
    expect((await leader.get(goalPath(goal.id))).status).toBe(404);
    expect(await service.repos.goals.get(team, goal.id)).toBeUndefined();
  });

  it('DELETE then GET is 404, and a second DELETE is 404', async () => {
    const goal = await createGoal({ statement: 'Short-lived' });
    expect((await leader.delete(goalPath(goal.id), goal.etag)).status).toBe(204);
    const read = await leader.get(goalPath(goal.id));
    expect(read.status).toBe(404);
    expect(read.error?.code).toBe('not_found');
    expect((await leader.delete(goalPath(goal.id), goal.etag)).status).toBe(404);
    expect((await leader.patch(goalPath(goal.id), { statement: 'Zombie' }, '*')).status).toBe(404);
  });
});
