import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../shared/api/routes.ts';
import type { Versioned } from '../../../shared/api/versioned.ts';
import type { Goal } from '../../../shared/domain/goal.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import type { Task } from '../../../shared/domain/task.ts';
import { callApi, type ApiRequest } from '../../support/api-client.ts';
import { userGuid } from '../../support/ids.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';
import { createTeamFixture, type TeamFixture } from '../../support/team-fixture.ts';
import { boardSnapshot } from './storage-snapshot.ts';

let service: TestService;
let team: TeamFixture;
let token: string;
let task: Versioned<Task>;
let goal: Versioned<Goal>;
let foreignGoalId: string;

beforeAll(async () => {
  service = await startTestService();
  team = await createTeamFixture(service.repos);
  token = await service.tokenFor(team.tenantId, team.leader);
  goal = (
    await callApi<Versioned<Goal>>(service.url, 'POST', apiPaths.goals(team.teamId), {
      token,
      json: { statement: 'Cut onboarding to one day', dueDate: '2026-06-30' },
    })
  ).body;
  task = (
    await callApi<Versioned<Task>>(service.url, 'POST', apiPaths.tasks(team.teamId), {
      token,
      json: { title: 'Draft the checklist', goalId: goal.id, tags: ['docs'] },
    })
  ).body;
  expect(goal.etag && task.etag).toBeTruthy();

  const other = await createTeamFixture(service.repos);
  const foreign = await callApi<Versioned<Goal>>(service.url, 'POST', apiPaths.goals(other.teamId), {
    token: await service.tokenFor(other.tenantId, other.leader),
    json: { statement: 'Another team’s goal' },
  });
  foreignGoalId = foreign.body.id;
});
afterAll(() => service.close());

type RequestBody = Pick<ApiRequest, 'json' | 'rawBody' | 'headers'>;

interface BadInput {
  name: string;
  /** What is sent: a JSON value, raw text, or raw text with another content type; a function when it needs the fixture. */
  send: RequestBody | (() => RequestBody);
  field: string;
}

const json = (value: unknown): RequestBody => ({ json: value });
const raw = (text: string): RequestBody => ({ rawBody: text });
const stranger = userGuid(0xdead);
const tooManyTags = Array.from({ length: LIMITS.tagsPerItem + 1 }, (_, i) => `tag${i}`);
const longTitle = 'x'.repeat(LIMITS.title + 1);

/** Bodies every write endpoint must refuse before looking at them any further. */
const notAnObject: BadInput[] = [
  { name: 'malformed JSON', send: raw('{"title": "Half'), field: 'body' },
  { name: 'a JSON string', send: raw('"just a title"'), field: 'body' },
  { name: 'a JSON array', send: raw('[{"title":"x"}]'), field: 'body' },
  { name: 'JSON null', send: raw('null'), field: 'body' },
  {
    name: 'a body that is not JSON at all',
    send: { rawBody: 'title=Hello', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
    field: 'body',
  },
];

const createTaskCases: BadInput[] = [
  { name: 'missing required title', send: json({ description: 'no title' }), field: 'title' },
  { name: 'title of the wrong type', send: json({ title: 42 }), field: 'title' },
  { name: 'blank title', send: json({ title: '   ' }), field: 'title' },
  { name: 'title over the limit (201 chars)', send: json({ title: longTitle }), field: 'title' },
  {
    name: 'description over the limit',
    send: json({ title: 'ok', description: 'd'.repeat(LIMITS.longText + 1) }),
    field: 'description',
  },
  { name: 'unknown status', send: json({ title: 'ok', status: 'paused' }), field: 'status' },
  { name: 'unknown field', send: json({ title: 'ok', colour: 'red' }), field: 'colour' },
  { name: 'a server-owned field', send: json({ title: 'ok', createdBy: stranger }), field: 'createdBy' },
  { name: 'tag list too long', send: json({ title: 'ok', tags: tooManyTags }), field: 'tags' },
  { name: 'a tag that is not a tag', send: json({ title: 'ok', tags: ['ok', '!!'] }), field: 'tags.1' },
  { name: 'tags not a list', send: json({ title: 'ok', tags: 'a,b' }), field: 'tags' },
  { name: 'invalid date 2026-02-30', send: json({ title: 'ok', dueDate: '2026-02-30' }), field: 'dueDate' },
  { name: 'date in another format', send: json({ title: 'ok', dueDate: '30/01/2026' }), field: 'dueDate' },
  { name: 'assignee not a user id', send: json({ title: 'ok', assigneeId: 'bob' }), field: 'assigneeId' },
  {
    name: 'assignee not on the team',
    send: json({ title: 'ok', assigneeId: stranger }),
    field: 'assigneeId',
  },
  { name: 'goal of another team', send: () => json({ title: 'ok', goalId: foreignGoalId }), field: 'goalId' },
  { name: 'goal that does not exist', send: json({ title: 'ok', goalId: 'no-such-goal' }), field: 'goalId' },
  ...notAnObject,
];

const updateTaskCases: BadInput[] = [
  { name: 'title of the wrong type', send: json({ title: 42 }), field: 'title' },
  { name: 'title cleared with null', send: json({ title: null }), field: 'title' },
  { name: 'title over the limit (201 chars)', send: json({ title: longTitle }), field: 'title' },
  { name: 'unknown status', send: json({ status: 'paused' }), field: 'status' },
  {
    name: 'a valid change beside an unknown status',
    send: json({ title: 'New', status: 'paused' }),
    field: 'status',
  },
  { name: 'unknown field', send: json({ title: 'New', priority: 1 }), field: 'priority' },
  {
    name: 'the etag sent back in the body',
    send: () => json({ title: 'New', etag: task.etag }),
    field: 'etag',
  },
  { name: 'tag list too long', send: json({ tags: tooManyTags }), field: 'tags' },
  { name: 'invalid date 2026-02-30', send: json({ dueDate: '2026-02-30' }), field: 'dueDate' },
  { name: 'assignee not on the team', send: json({ assigneeId: stranger }), field: 'assigneeId' },
  { name: 'goal of another team', send: () => json({ goalId: foreignGoalId }), field: 'goalId' },
  ...notAnObject,
];

const createGoalCases: BadInput[] = [
  { name: 'missing required statement', send: json({ description: 'why' }), field: 'statement' },
  { name: 'statement of the wrong type', send: json({ statement: ['a'] }), field: 'statement' },
  { name: 'statement over the limit (201 chars)', send: json({ statement: longTitle }), field: 'statement' },
  { name: 'measure of the wrong type', send: json({ statement: 'ok', measure: 'lots' }), field: 'measure' },
  {
    name: 'measure target of the wrong type',
    send: json({ statement: 'ok', measure: { metric: 'NPS', baseline: 1, target: 'high' } }),
    field: 'measure.target',
  },
  {
    name: 'unknown field inside measure',
    send: json({ statement: 'ok', measure: { metric: 'NPS', baseline: 1, target: 2, weight: 3 } }),
    field: 'measure.weight',
  },
  { name: 'unknown field', send: json({ statement: 'ok', status: 'active' }), field: 'status' },
  {
    name: 'invalid date 2026-02-30',
    send: json({ statement: 'ok', dueDate: '2026-02-30' }),
    field: 'dueDate',
  },
  { name: 'owner not on the team', send: json({ statement: 'ok', ownerId: stranger }), field: 'ownerId' },
  ...notAnObject,
];

const updateGoalCases: BadInput[] = [
  { name: 'unknown status', send: json({ status: 'paused' }), field: 'status' },
  { name: 'statement of the wrong type', send: json({ statement: 7 }), field: 'statement' },
  { name: 'statement over the limit (201 chars)', send: json({ statement: longTitle }), field: 'statement' },
  { name: 'unknown field', send: json({ statement: 'ok', tasks: [] }), field: 'tasks' },
  { name: 'invalid date 2026-02-30', send: json({ dueDate: '2026-02-30' }), field: 'dueDate' },
  { name: 'owner not on the team', send: json({ ownerId: stranger }), field: 'ownerId' },
  ...notAnObject,
];

interface Endpoint {
  name: string;
  method: 'POST' | 'PATCH';
  path: () => string;
  ifMatch?: () => string;
  cases: BadInput[];
}

const endpoints: Endpoint[] = [
  { name: 'POST tasks', method: 'POST', path: () => apiPaths.tasks(team.teamId), cases: createTaskCases },
  {
    name: 'PATCH task',
    method: 'PATCH',
    path: () => apiPaths.task(team.teamId, task.id),
    ifMatch: () => task.etag,
    cases: updateTaskCases,
  },
  { name: 'POST goals', method: 'POST', path: () => apiPaths.goals(team.teamId), cases: createGoalCases },
  {
    name: 'PATCH goal',
    method: 'PATCH',
    path: () => apiPaths.goal(team.teamId, goal.id),
    ifMatch: () => goal.etag,
    cases: updateGoalCases,
  },
];

for (const endpoint of endpoints) {
  describe(`${endpoint.name} refuses bad input with a 400 naming the field, and writes nothing`, () => {
    it.each(endpoint.cases.map((badInput) => [badInput.name, badInput] as const))(
      '%s',
      async (_, badInput) => {
        const send = typeof badInput.send === 'function' ? badInput.send() : badInput.send;
        const before = await boardSnapshot(service.repos, team);
        const res = await callApi(service.url, endpoint.method, endpoint.path(), {
          token,
          ifMatch: endpoint.ifMatch?.(),
          ...send,
        });
        expect(res.status).toBe(400);
        expect(res.error?.code).toBe('invalid_request');
        expect(res.error?.field).toBe(badInput.field);
        expect(res.error?.issues?.map((issue) => issue.field)).toContain(badInput.field);
        expect(res.error?.message).toContain(badInput.field);
        expect(await boardSnapshot(service.repos, team)).toEqual(before);
      },
    );

    it('a body over 64 kB is 413', async () => {
      const before = await boardSnapshot(service.repos, team);
      const res = await callApi(service.url, endpoint.method, endpoint.path(), {
        token,
        ifMatch: endpoint.ifMatch?.(),
        json: { title: 'big', statement: 'big', description: 'x'.repeat(65 * 1024) },
      });
      expect(res.status).toBe(413);
      expect(res.error).toMatchObject({ code: 'payload_too_large', field: 'body' });
      expect(await boardSnapshot(service.repos, team)).toEqual(before);
    });
  });
}

describe('the fixture is untouched by all of the above', () => {
  it('task and goal still read as created', async () => {
    const storedTask = await service.repos.tasks.require(team, task.id);
    const storedGoal = await service.repos.goals.require(team, goal.id);
    expect({ ...storedTask.value, etag: storedTask.etag }).toEqual(task);
    expect({ ...storedGoal.value, etag: storedGoal.etag }).toEqual(goal);
  });
});
