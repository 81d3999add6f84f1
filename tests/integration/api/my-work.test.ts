import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MyTeamWork, MyWorkResponse } from '../../../shared/api/my-work.ts';
import { apiPaths } from '../../../shared/api/routes.ts';
import type { CheckIn } from '../../../shared/domain/check-in.ts';
import type { Goal } from '../../../shared/domain/goal.ts';
import type { Task, TaskStatus } from '../../../shared/domain/task.ts';
import type { CheckInSchedule } from '../../../shared/domain/team.ts';
import type { TeamScope } from '../../../shared/store/team-scope.ts';
import { apiClient, callApi } from '../../support/api-client.ts';
import { startTestService, testConfig, type TestService } from '../../support/service-harness.ts';
import { createTeamFixture, type TeamFixture } from '../../support/team-fixture.ts';

/** Wednesday of 2026-W10; the default schedule sends Monday 09:00 UTC with a 72 h window. */
const NOW = new Date('2026-03-04T12:00:00.000Z');
const JOINED = new Date('2026-01-05T08:00:00.000Z');
const stamp = JOINED.toISOString();

let service: TestService;
let first: TeamFixture;
let second: TeamFixture;
let person: string;
let teammate: string;

function task(scope: TeamScope, id: string, fields: Partial<Task> & { status: TaskStatus }): Task {
  return {
    ...scope,
    id,
    title: `Task ${id}`,
    description: '',
    tags: [],
    blockedReason: '',
    statusChangedAt: stamp,
    createdBy: first.leader,
    createdAt: stamp,
    updatedAt: stamp,
    ...fields,
  };
}

async function answer(scope: TeamScope, userId: string, week: string, confidence: number): Promise<void> {
  const value: CheckIn = {
    ...scope,
    userId,
    week,
    taskUpdates: [],
    blockers: [],
    wins: [],
    confidence,
    helpNote: '',
    answers: [],
    submittedAt: stamp,
    updatedAt: stamp,
  };
  await service.repos.checkIns.upsert(scope, week, userId, () => value);
}

async function setSchedule(scope: TeamScope, checkIn: Partial<CheckInSchedule>): Promise<void> {
  await service.repos.teams.update(scope, (team) => ({
    ...team,
    settings: { ...team.settings, checkIn: { ...team.settings.checkIn, ...checkIn } },
  }));
}

async function workOf(userId: string): Promise<MyWorkResponse> {
  const client = apiClient(service.url, await service.tokenFor(first.tenantId, userId));
  const res = await client.get<MyWorkResponse>(apiPaths.myWork());
  expect(res.status, JSON.stringify(res.error)).toBe(200);
  return res.body;
}

function teamOf(work: MyWorkResponse, teamId: string): MyTeamWork {
  const found = work.teams.find((team) => team.teamId === teamId);
  if (!found) throw new Error(`no work for team ${teamId}`);
  return found;
}

beforeAll(async () => {
  service = await startTestService({ now: () => new Date(NOW) });
  first = await createTeamFixture(service.repos, { now: JOINED });
  second = await createTeamFixture(service.repos, { now: JOINED });
  [person, teammate] = first.members as [string, string];
  await service.repos.teams.update(second, (team) => ({ ...team, name: 'Another team' }));
  await service.repos.members.insert({
    ...second,
    userId: person,
    name: 'Member 1',
    skills: [],
    active: true,
    joinedAt: stamp,
    updatedAt: stamp,
  });
  const goal: Goal = {
    ...first,
    id: 'goal-1',
    ownerId: first.leader,
    statement: 'Ship the beta by March',
    description: '',
    status: 'active',
    createdBy: first.leader,
    createdAt: stamp,
    updatedAt: stamp,
  };
  await service.repos.goals.insert(goal);
  await Promise.all([
    service.repos.tasks.insert(
      task(first, 't-later', { status: 'todo', assigneeId: person, dueDate: '2026-03-10', goalId: 'goal-1' }),
    ),
    service.repos.tasks.insert(
      task(first, 't-overdue', { status: 'doing', assigneeId: person, dueDate: '2026-03-03' }),
    ),
    service.repos.tasks.insert(task(first, 't-undated', { status: 'blocked', assigneeId: person })),
    service.repos.tasks.insert(
      task(first, 't-today', { status: 'todo', assigneeId: person, dueDate: '2026-03-04' }),
    ),
    service.repos.tasks.insert(
      task(first, 't-done', { status: 'done', assigneeId: person, dueDate: '2026-03-01' }),
    ),
    service.repos.tasks.insert(
      task(first, 't-teammate', { status: 'todo', assigneeId: teammate, dueDate: '2026-03-02' }),
    ),
    service.repos.tasks.insert(task(first, 't-unassigned', { status: 'todo' })),
    service.repos.tasks.insert(
      task(second, 't-second', { status: 'blocked', assigneeId: person, dueDate: '2026-02-20' }),
    ),
  ]);
  await Promise.all([
    answer(first, person, '2026-W10', 4),
    answer(first, person, '2026-W09', 2),
    answer(first, person, '2026-W07', 5),
    answer(first, teammate, '2026-W08', 1),
  ]);
});

afterAll(async () => {
  await service?.close();
});

describe('GET /api/v1/me/work', () => {
  it('lists someone’s open tasks on each of their teams, by due date, overdue flagged, with goal and link', async () => {
    const work = await workOf(person);
    expect(work.teams.map((team) => team.teamName)).toEqual(['Another team', 'Fixture team']);
    const mine = teamOf(work, first.teamId);
    expect(mine.tasks.map((t) => [t.id, t.status, t.dueDate ?? null, t.overdue])).toEqual([
      ['t-overdue', 'doing', '2026-03-03', true],
      ['t-today', 'todo', '2026-03-04', false],
      ['t-later', 'todo', '2026-03-10', false],
      ['t-undated', 'blocked', null, false],
    ]);
    expect(mine.tasks.find((t) => t.id === 't-later')?.goalTitle).toBe('Ship the beta by March');
    expect(mine.tasks.find((t) => t.id === 't-overdue')?.goalTitle).toBeUndefined();
    // Without a Teams app id, links lead to the local host page, which opens the task.
    expect(mine.tasks[0]?.link).toContain(`subPageId=${encodeURIComponent('task:t-overdue')}`);
    expect(teamOf(work, second.teamId).tasks.map((t) => [t.id, t.overdue])).toEqual([['t-second', true]]);
  });

  it('gives this week’s check-in state and the last weeks’ confidence on each team', async () => {
    const work = await workOf(person);
    expect(teamOf(work, first.teamId).checkIn).toEqual({
      now: { state: 'answered', week: '2026-W10', confidence: 4, editableUntil: '2026-03-05T09:00:00.000Z' },
      timeZone: 'UTC',
      recent: [
        { week: '2026-W09', answered: true, confidence: 2 },
        { week: '2026-W08', answered: false },
        { week: '2026-W07', answered: true, confidence: 5 },
        { week: '2026-W06', answered: false },
      ],
    });
    expect(teamOf(work, second.teamId).checkIn.now).toEqual({
      state: 'open',
      week: '2026-W10',
      closesAt: '2026-03-05T09:00:00.000Z',
    });
  });

  it('never shows another person’s tasks or check-ins', async () => {
    const work = await workOf(teammate);
    expect(work.teams.map((team) => team.teamId)).toEqual([first.teamId]);
    const theirs = teamOf(work, first.teamId);
    expect(theirs.tasks.map((t) => t.id)).toEqual(['t-teammate']);
    expect(theirs.checkIn.now.state).toBe('open');
    expect(theirs.checkIn.recent.filter((w) => w.answered)).toEqual([
      { week: '2026-W08', answered: true, confidence: 1 },
    ]);
  });

  it('answers an empty list to someone on no team', async () => {
    expect(await workOf(first.outsider)).toEqual({ teams: [] });
  });

  it('leaves out teams the person has left and teams that removed the app', async () => {
    const left = await createTeamFixture(service.repos, { now: JOINED });
    const gone = await createTeamFixture(service.repos, { now: JOINED });
    const [leaver] = left.members as [string];
    await service.repos.members.update(left, leaver, (m) => ({ ...m, active: false }));
    await service.repos.teams.update(gone, (team) => ({ ...team, active: false }));
    expect(await workOf(leaver)).toEqual({ teams: [] });
    expect(await workOf(gone.leader)).toEqual({ teams: [] });
  });

  it('says when check-ins are paused, and when the next one opens after a window closed', async () => {
    const paused = await createTeamFixture(service.repos, { now: JOINED });
    const [away] = paused.members as [string];
    await service.repos.members.update(paused, away, (m) => ({ ...m, pausedUntil: '2026-03-08' }));
    expect(teamOf(await workOf(away), paused.teamId).checkIn.now).toEqual({
      state: 'paused',
      pausedUntil: '2026-03-08',
    });
    const closed = await createTeamFixture(service.repos, { now: JOINED });
    await setSchedule(closed, { windowHours: 24 });
    expect(teamOf(await workOf(closed.leader), closed.teamId).checkIn.now).toEqual({
      state: 'upcoming',
      opensAt: '2026-03-09T09:00:00.000Z',
    });
  });

  it('follows the member’s own time zone for the week, the window and overdue', async () => {
    const far = await createTeamFixture(service.repos, { now: JOINED });
    const [east] = far.members as [string];
    await service.repos.members.update(far, east, (m) => ({ ...m, timeZone: 'Pacific/Kiritimati' }));
    await service.repos.tasks.insert(
      task(far, 't-east', { status: 'todo', assigneeId: east, dueDate: '2026-03-04' }),
    );
    const work = teamOf(await workOf(east), far.teamId);
    // 12:00 UTC on Wednesday is 02:00 on Thursday in UTC+14: Wednesday's due date has passed there.
    expect(work.tasks.map((t) => [t.id, t.overdue])).toEqual([['t-east', true]]);
    expect(work.checkIn.timeZone).toBe('Pacific/Kiritimati');
    expect(work.checkIn.now).toEqual({
      state: 'open',
      week: '2026-W10',
      closesAt: '2026-03-04T19:00:00.000Z',
    });
  });

  it('requires a signed-in caller', async () => {
    const res = await callApi(service.url, 'GET', apiPaths.myWork());
    expect(res.status).toBe(401);
  });
});

describe('GET /api/v1/me/work with a Teams app id', () => {
  let teamsService: TestService;

  beforeAll(async () => {
    teamsService = await startTestService({
      now: () => new Date(NOW),
      config: testConfig({ teamsAppId: '11111111-2222-4333-8444-555555555555' }),
    });
  });

  afterAll(async () => {
    await teamsService?.close();
  });

  it('links a task to the team’s channel tab with a Teams deep link, and only when the channel is known', async () => {
    const linked = await createTeamFixture(teamsService.repos, { now: JOINED });
    const unlinked = await createTeamFixture(teamsService.repos, { now: JOINED });
    const [owner] = linked.members as [string];
    await teamsService.repos.teams.update(linked, (team) => ({
      ...team,
      name: 'Linked',
      conversation: {
        conversationId: '19:general@thread.tacv2',
        serviceUrl: 'https://smba.trafficmanager.net/emea/',
        channelId: '19:general@thread.tacv2',
      },
    }));
    await teamsService.repos.members.insert({
      ...unlinked,
      userId: owner,
      name: 'Member 1',
      skills: [],
      active: true,
      joinedAt: stamp,
      updatedAt: stamp,
    });
    await teamsService.repos.tasks.insert(task(linked, 't-linked', { status: 'todo', assigneeId: owner }));
    await teamsService.repos.tasks.insert(
      task(unlinked, 't-unlinked', { status: 'todo', assigneeId: owner }),
    );
    const client = apiClient(teamsService.url, await teamsService.tokenFor(linked.tenantId, owner));
    const res = await client.get<MyWorkResponse>(apiPaths.myWork());
    expect(res.status).toBe(200);
    const link = teamOf(res.body, linked.teamId).tasks[0]?.link ?? '';
    expect(link).toMatch(
      /^https:\/\/teams\.microsoft\.com\/l\/entity\/11111111-2222-4333-8444-555555555555\//,
    );
    expect(JSON.parse(new URL(link).searchParams.get('context') ?? '{}')).toEqual({
      channelId: '19:general@thread.tacv2',
      subEntityId: 'task:t-linked',
    });
    expect(teamOf(res.body, unlinked.teamId).tasks).toEqual([
      { id: 't-unlinked', title: 'Task t-unlinked', status: 'todo', overdue: false },
    ]);
  });
});
