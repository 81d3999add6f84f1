import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardResponse } from '../../../shared/api/board.ts';
import { apiPaths } from '../../../shared/api/routes.ts';
import type { Versioned } from '../../../shared/api/versioned.ts';
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

const taskPath = (id: string) => apiPaths.task(team.teamId, id);

async function createTask(body: Record<string, unknown>): Promise<Versioned<Task>> {
  return expectVersioned(await leader.post<Versioned<Task>>(apiPaths.tasks(team.teamId), body), 201);
}

async function stored(id: string): Promise<Versioned<Task>> {
  const { value, etag } = await service.repos.tasks.require(team, id);
  return { ...value, etag };
}

describe('task CRUD over HTTP', () => {
  it('creates a task with server-owned fields filled in', async () => {
    const at = clock.iso();
    const task = await createTask({
      title: '  Write the spine  ',
      dueDate: '2026-03-13',
      tags: ['Docs', 'docs', 'api'],
      assigneeId: team.members[0],
    });
    expect(task).toMatchObject({
      tenantId: team.tenantId,
      teamId: team.teamId,
      title: 'Write the spine',
      description: '',
      status: 'todo',
      dueDate: '2026-03-13',
      tags: ['docs', 'api'],
      assigneeId: team.members[0],
      blockedReason: '',
      createdBy: team.leader,
      createdAt: at,
      updatedAt: at,
      statusChangedAt: at,
    });
    expect(task).not.toHaveProperty('blockedSince');
    expect(task).not.toHaveProperty('completedAt');
    expect(await stored(task.id)).toEqual(task);
  });

  it('reads one task, the list and the board with the same ETag', async () => {
    const task = await createTask({ title: 'Read me' });
    expect(expectVersioned(await leader.get<Versioned<Task>>(taskPath(task.id)), 200)).toEqual(task);

    const list = await leader.get<Versioned<Task>[]>(apiPaths.tasks(team.teamId));
    expect(list.status).toBe(200);
    expect(list.body.find((t) => t.id === task.id)).toEqual(task);

    const board = await leader.get<BoardResponse>(apiPaths.board(team.teamId));
    expect(board.status).toBe(200);
    expect(board.body.me).toEqual({ userId: team.leader, isLeader: true });
    expect(board.body.members).toHaveLength(1 + team.members.length);
    expect(board.body.tasks.find((t) => t.id === task.id)).toEqual(task);
  });

  it('updates with the ETag it read, answering the new version', async () => {
    const task = await createTask({ title: 'Before', dueDate: '2026-04-01', assigneeId: team.leader });
    const at = clock.advance(5);
    const updated = expectVersioned(
      await leader.patch<Versioned<Task>>(
        taskPath(task.id),
        { title: 'After', description: 'Now with detail', dueDate: null, assigneeId: null },
        task.etag,
      ),
      200,
    );
    expect(updated.etag).not.toBe(task.etag);
    expect(updated).toMatchObject({ title: 'After', description: 'Now with detail', updatedAt: at });
    expect(updated).not.toHaveProperty('dueDate');
    expect(updated).not.toHaveProperty('assigneeId');
    expect(updated.createdAt).toBe(task.createdAt);
    expect(updated.statusChangedAt).toBe(task.statusChangedAt);
    expect(await stored(task.id)).toEqual(updated);
  });

  it('changes only the fields it is sent: a title change keeps the description and tags', async () => {
    const task = await createTask({
      title: 'Draft',
      description: 'Keep me',
      tags: ['docs'],
      status: 'blocked',
      blockedReason: 'Waiting on legal',
    });
    const res = await leader.patch<Versioned<Task>>(taskPath(task.id), { title: 'Final' }, task.etag);
    expect(expectVersioned(res, 200)).toMatchObject({
      title: 'Final',
      description: 'Keep me',
      tags: ['docs'],
      blockedReason: 'Waiting on legal',
    });
  });

  it('a stale ETag is 412 with the stored version, and writes nothing', async () => {
    const task = await createTask({ title: 'Contested' });
    clock.advance(1);
    const theirs = expectVersioned(
      await leader.patch<Versioned<Task>>(taskPath(task.id), { title: 'Theirs' }, task.etag),
      200,
    );
    const before = await boardSnapshot(service.repos, team);

    const mine = await leader.patch(taskPath(task.id), { title: 'Mine' }, task.etag);
    expect(mine.status).toBe(412);
    expect(mine.error?.code).toBe('precondition_failed');
    expect(mine.error?.current).toEqual(theirs);
    expect(mine.error?.current).toEqual(await stored(task.id));
    expect(await boardSnapshot(service.repos, team)).toEqual(before);

    const staleDelete = await leader.delete(taskPath(task.id), task.etag);
    expect(staleDelete.status).toBe(412);
    expect(staleDelete.error?.current).toEqual(theirs);
    expect(await boardSnapshot(service.repos, team)).toEqual(before);
  });

  it('a write without If-Match is 428, and writes nothing', async () => {
    const task = await createTask({ title: 'Guarded' });
    const before = await boardSnapshot(service.repos, team);
    for (const res of [
      await leader.patch(taskPath(task.id), { title: 'Blind' }),
      await leader.delete(taskPath(task.id)),
    ]) {
      expect(res.status).toBe(428);
      expect(res.error).toMatchObject({ code: 'precondition_required', field: 'If-Match' });
    }
    expect(await boardSnapshot(service.repos, team)).toEqual(before);
  });

  it('If-Match: * merges the changed fields onto whatever is stored now', async () => {
    const task = await createTask({ title: 'Shared', tags: ['a'] });
    clock.advance(1);
    // Both start from the same read; each sends only the field it changed.
    const first = await leader.patch<Versioned<Task>>(taskPath(task.id), { title: 'Renamed' }, '*');
    const second = await leader.patch<Versioned<Task>>(taskPath(task.id), { tags: ['a', 'b'] }, '*');
    expectVersioned(first, 200);
    const merged = expectVersioned(second, 200);
    expect(merged).toMatchObject({ title: 'Renamed', tags: ['a', 'b'] });
    expect(await stored(task.id)).toEqual(merged);
  });

  it('deletes with the ETag; then the task is gone', async () => {
    const task = await createTask({ title: 'Short-lived' });
    const deleted = await leader.delete(taskPath(task.id), task.etag);
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();

    const read = await leader.get(taskPath(task.id));
    expect(read.status).toBe(404);
    expect(read.error?.code).toBe('not_found');
    expect((await leader.patch(taskPath(task.id), { title: 'Zombie' }, task.etag)).status).toBe(404);
    expect((await leader.patch(taskPath(task.id), { title: 'Zombie' }, '*')).status).toBe(404);
    expect((await leader.delete(taskPath(task.id), '*')).status).toBe(404);
    expect(await service.repos.tasks.get(team, task.id)).toBeUndefined();
  });
});

describe('status moves keep the timestamps true', () => {
  async function move(task: Versioned<Task>, body: Record<string, unknown>, ifMatch = task.etag) {
    return expectVersioned(await leader.patch<Versioned<Task>>(taskPath(task.id), body, ifMatch), 200);
  }

  it('blocked sets blockedSince, leaving clears it; done sets completedAt, reopening clears it', async () => {
    const created = await createTask({ title: 'Moves' });

    const blockedAt = clock.advance(10);
    const blocked = await move(created, { status: 'blocked', blockedReason: 'Waiting on legal' });
    expect(blocked).toMatchObject({
      status: 'blocked',
      blockedSince: blockedAt,
      blockedReason: 'Waiting on legal',
      statusChangedAt: blockedAt,
    });

    const reasonAt = clock.advance(10);
    const stillBlocked = await move(blocked, { status: 'blocked', blockedReason: 'Legal replied; IT next' });
    expect(stillBlocked).toMatchObject({
      blockedSince: blockedAt,
      statusChangedAt: blockedAt,
      blockedReason: 'Legal replied; IT next',
      updatedAt: reasonAt,
    });

    const doingAt = clock.advance(10);
    const doing = await move(stillBlocked, { status: 'doing' });
    expect(doing).toMatchObject({ status: 'doing', blockedReason: '', statusChangedAt: doingAt });
    expect(doing).not.toHaveProperty('blockedSince');

    const titleOnly = await move(doing, { title: 'Moves on' });
    expect(titleOnly.statusChangedAt).toBe(doingAt);

    const doneAt = clock.advance(10);
    const done = await move(titleOnly, { status: 'done' });
    expect(done).toMatchObject({ status: 'done', completedAt: doneAt, statusChangedAt: doneAt });

    const reopenedAt = clock.advance(10);
    const reopened = await move(done, { status: 'todo' });
    expect(reopened).toMatchObject({ status: 'todo', statusChangedAt: reopenedAt });
    expect(reopened).not.toHaveProperty('completedAt');
    expect(await stored(created.id)).toEqual(reopened);
  });

  it('done straight from blocked clears blockedSince and sets completedAt', async () => {
    const at = clock.advance(1);
    const blocked = await createTask({
      title: 'Born blocked',
      status: 'blocked',
      blockedReason: 'No access',
    });
    expect(blocked).toMatchObject({ status: 'blocked', blockedSince: at, blockedReason: 'No access' });
    const doneAt = clock.advance(1);
    const done = await move(blocked, { status: 'done' }, '*');
    expect(done).toMatchObject({ status: 'done', completedAt: doneAt, blockedReason: '' });
    expect(done).not.toHaveProperty('blockedSince');
  });

  it('a blocked reason without a blocked status is ignored, not stored', async () => {
    const task = await createTask({ title: 'Not blocked', blockedReason: 'Stray reason' });
    expect(task.blockedReason).toBe('');
    const updated = await move(task, { blockedReason: 'Another stray' });
    expect(updated.blockedReason).toBe('');
  });
});
