import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateFeedbackResponse } from '../../../shared/api/feedback-requests.ts';
import type { HistoryResponse } from '../../../shared/api/history.ts';
import { apiPaths } from '../../../shared/api/routes.ts';
import type { Versioned } from '../../../shared/api/versioned.ts';
import { FeedbackSchema, type Feedback } from '../../../shared/domain/feedback.ts';
import type { Goal } from '../../../shared/domain/goal.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import type { Task } from '../../../shared/domain/task.ts';
import { newTimelineId } from '../../../shared/store/timeline-ids.ts';
import { apiClient, type ApiClient, type ApiRequest, type ApiResult } from '../../support/api-client.ts';
import { userGuid } from '../../support/ids.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';
import { createTeamFixture, type TeamFixture } from '../../support/team-fixture.ts';
import { timelineSnapshot } from './storage-snapshot.ts';
import { testClock } from './test-clock.ts';

const clock = testClock();
let service: TestService;
let team: TeamFixture;
let other: TeamFixture;
let a: string;
let b: string;
let asA: ApiClient;
let asB: ApiClient;
let asC: ApiClient;
let asLeader: ApiClient;
let task: Versioned<Task>;
let goal: Versioned<Goal>;
let foreignTask: Versioned<Task>;

const SPECIFIC = {
  situation: 'In Tuesday’s release review',
  behaviour: 'you walked through the rollback plan step by step before anyone asked',
  impact: 'the on-call team signed off in ten minutes instead of an hour',
};

beforeAll(async () => {
  service = await startTestService({ now: clock.now });
  team = await createTeamFixture(service.repos, { memberCount: 3 });
  other = await createTeamFixture(service.repos);
  const [first, second, third] = team.members;
  if (!first || !second || !third) throw new Error('the fixture has three members');
  [a, b] = [first, second];
  const client = async (fixture: TeamFixture, userId: string) =>
    apiClient(service.url, await service.tokenFor(fixture.tenantId, userId));
  [asA, asB, asC, asLeader] = await Promise.all([
    client(team, a),
    client(team, b),
    client(team, third),
    client(team, team.leader),
  ]);
  goal = (await asLeader.post<Versioned<Goal>>(apiPaths.goals(team.teamId), { statement: 'Ship v2' })).body;
  task = (
    await asLeader.post<Versioned<Task>>(apiPaths.tasks(team.teamId), {
      title: 'Rollback plan',
      goalId: goal.id,
    })
  ).body;
  const otherLeader = await client(other, other.leader);
  foreignTask = (await otherLeader.post<Versioned<Task>>(apiPaths.tasks(other.teamId), { title: 'Theirs' }))
    .body;
  expect([goal.id, task.id, foreignTask.id].every(Boolean)).toBe(true);
});
afterAll(() => service.close());

const feedbackPath = () => apiPaths.feedback(team.teamId);

function post(
  client: ApiClient,
  json: unknown,
  key?: string,
  extra: Omit<ApiRequest, 'token' | 'json'> = {},
): Promise<ApiResult<CreateFeedbackResponse>> {
  const headers = { ...extra.headers, ...(key === undefined ? {} : { 'idempotency-key': key }) };
  return client.call<CreateFeedbackResponse>('POST', feedbackPath(), { json, ...extra, headers });
}

function expectCreated(res: ApiResult<CreateFeedbackResponse>): Versioned<Feedback> {
  expect(res.status, JSON.stringify(res.error)).toBe(201);
  expect(res.body.feedback.etag).toEqual(expect.any(String));
  expect(res.headers.get('etag')).toBe(res.body.feedback.etag);
  return res.body.feedback;
}

async function feedbackRows(): Promise<Feedback[]> {
  return (await service.repos.feedback.listAll(team)).map((row) => row.value);
}

describe('POST feedback', () => {
  it('gives feedback from the caller, private by default, linked to a task, and says it is specific', async () => {
    clock.advance(1);
    const res = await post(asA, { recipientId: b, ...SPECIFIC, link: { kind: 'task', id: task.id } });
    const feedback = expectCreated(res);
    expect(feedback).toMatchObject({
      tenantId: team.tenantId,
      teamId: team.teamId,
      giverId: a,
      recipientId: b,
      ...SPECIFIC,
      link: { kind: 'task', id: task.id },
      visibility: 'private',
      source: 'tab',
      createdAt: clock.iso(),
    });
    expect(res.headers.get('idempotent-replayed')).toBeNull();
    expect(res.body.specificity).toEqual({ specific: true, issues: [] });
    const stored = await service.repos.feedback.get(team, feedback.id);
    expect(stored && { ...stored.value, etag: stored.etag }).toEqual(feedback);
  });

  it('shows up first in both people’s history, and stays hidden from a third member', async () => {
    clock.advance(1);
    const feedback = expectCreated(
      await post(asA, { recipientId: b, ...SPECIFIC, link: { kind: 'goal', id: goal.id } }),
    );
    for (const [viewer, person, kind] of [
      [asA, a, 'feedback-given'],
      [asB, b, 'feedback-received'],
      [asLeader, b, 'feedback-received'],
    ] as const) {
      const history = (await viewer.get<HistoryResponse>(apiPaths.history(team.teamId, person))).body;
      expect(history.items[0]).toMatchObject({ kind, at: clock.iso(), feedback: { id: feedback.id } });
    }
    const byC = (await asC.get<HistoryResponse>(apiPaths.history(team.teamId, b))).body;
    expect(byC.items.map((item) => item.kind === 'feedback-received' && item.feedback.id)).not.toContain(
      feedback.id,
    );
  });

  it('gives vague feedback too, answering that it is not specific', async () => {
    const res = await post(asB, {
      recipientId: a,
      situation: 'You need to do better',
      behaviour: 'You need to do better',
      impact: 'You need to do better',
      visibility: 'team',
    });
    expect(expectCreated(res)).toMatchObject({ giverId: b, recipientId: a, visibility: 'team' });
    expect(res.body.specificity.specific).toBe(false);
    expect(res.body.specificity.issues).toContainEqual(
      expect.objectContaining({ field: 'situation', code: 'vague_phrase' }),
    );
    expect(res.body.specificity.issues).toContainEqual(expect.objectContaining({ code: 'no_observation' }));
  });

  it('a leader gives feedback like anyone else', async () => {
    expectCreated(await post(asLeader, { recipientId: a, ...SPECIFIC }));
  });

  it('without an idempotency key, each call gives new feedback', async () => {
    const before = (await feedbackRows()).length;
    const first = expectCreated(await post(asC, { recipientId: a, ...SPECIFIC }));
    const second = expectCreated(await post(asC, { recipientId: a, ...SPECIFIC }));
    expect(first.id).not.toBe(second.id);
    expect(await feedbackRows()).toHaveLength(before + 2);
  });
});

interface BadInput {
  name: string;
  body: () => unknown;
  field: string;
  headers?: Record<string, string>;
}

const ok = () => ({ recipientId: b, ...SPECIFIC });
const badInputs: BadInput[] = [
  { name: 'feedback to oneself', body: () => ({ ...ok(), recipientId: a }), field: 'recipientId' },
  {
    name: 'recipient not on the team',
    body: () => ({ ...ok(), recipientId: userGuid(0xdead) }),
    field: 'recipientId',
  },
  {
    name: 'recipient of another team',
    body: () => ({ ...ok(), recipientId: other.members[0] }),
    field: 'recipientId',
  },
  { name: 'recipient not a user id', body: () => ({ ...ok(), recipientId: 'bob' }), field: 'recipientId' },
  { name: 'missing recipient', body: () => ({ ...SPECIFIC }), field: 'recipientId' },
  { name: 'missing impact', body: () => ({ ...ok(), impact: undefined }), field: 'impact' },
  { name: 'blank behaviour', body: () => ({ ...ok(), behaviour: '   ' }), field: 'behaviour' },
  { name: 'situation of the wrong type', body: () => ({ ...ok(), situation: 42 }), field: 'situation' },
  {
    name: `situation over ${LIMITS.longText} characters`,
    body: () => ({ ...ok(), situation: 's'.repeat(LIMITS.longText + 1) }),
    field: 'situation',
  },
  { name: 'unknown visibility', body: () => ({ ...ok(), visibility: 'public' }), field: 'visibility' },
  {
    name: 'link to another team’s task',
    body: () => ({ ...ok(), link: { kind: 'task', id: foreignTask.id } }),
    field: 'link.id',
  },
  {
    name: 'link to a goal that does not exist',
    body: () => ({ ...ok(), link: { kind: 'goal', id: 'no-such-goal' } }),
    field: 'link.id',
  },
  {
    name: 'link to a task id given as a goal',
    body: () => ({ ...ok(), link: { kind: 'goal', id: task.id } }),
    field: 'link.id',
  },
  {
    name: 'link of an unknown kind',
    body: () => ({ ...ok(), link: { kind: 'team', id: 'x' } }),
    field: 'link.kind',
  },
  {
    name: 'unknown field inside link',
    body: () => ({ ...ok(), link: { kind: 'task', id: task.id, title: 'x' } }),
    field: 'link.title',
  },
  { name: 'unknown field', body: () => ({ ...ok(), mood: 'happy' }), field: 'mood' },
  { name: 'a server-owned field', body: () => ({ ...ok(), giverId: b }), field: 'giverId' },
  { name: 'a JSON array', body: () => [ok()], field: 'body' },
  {
    name: 'a malformed idempotency key',
    body: ok,
    field: 'Idempotency-Key',
    headers: { 'idempotency-key': 'has spaces/and slashes' },
  },
];

describe('POST feedback refuses bad input with a 400 naming the field, and writes nothing', () => {
  it.each(badInputs.map((bad) => [bad.name, bad] as const))('%s', async (_, bad) => {
    const before = await timelineSnapshot(service, team);
    const res = await asA.call('POST', feedbackPath(), {
      json: bad.body(),
      headers: { 'idempotency-key': `bad-${bad.field}`, ...bad.headers },
    });
    expect(res.status).toBe(400);
    expect(res.error?.code).toBe('invalid_request');
    expect(res.error?.field).toBe(bad.field);
    expect(res.error?.issues?.map((issue) => issue.field)).toContain(bad.field);
    expect(res.error?.message).toContain(bad.field);
    expect(await timelineSnapshot(service, team)).toEqual(before);
  });

  it('a body over 64 kB is 413', async () => {
    const before = await timelineSnapshot(service, team);
    const res = await post(asA, { ...ok(), situation: 'x'.repeat(65 * 1024) });
    expect(res.status).toBe(413);
    expect(await timelineSnapshot(service, team)).toEqual(before);
  });

  it('someone not on the roster is refused', async () => {
    const before = await timelineSnapshot(service, team);
    const outsider = apiClient(service.url, await service.tokenFor(team.tenantId, team.outsider));
    expect((await post(outsider, ok())).status).toBe(403);
    expect(await timelineSnapshot(service, team)).toEqual(before);
  });
});

describe('Idempotency-Key', () => {
  it('a retry with the same key answers the first feedback; one row is written', async () => {
    const before = (await feedbackRows()).length;
    const key = crypto.randomUUID();
    clock.advance(1);
    const first = await post(asA, ok(), key);
    clock.advance(1);
    const retry = await post(asA, ok(), key);
    expect(expectCreated(retry)).toEqual(expectCreated(first));
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await feedbackRows()).toHaveLength(before + 1);
  });

  it('10 concurrent calls with the same key write exactly one row', async () => {
    const before = await timelineSnapshot(service, team);
    const key = crypto.randomUUID();
    const results = await Promise.all(Array.from({ length: 10 }, () => post(asA, ok(), key)));
    const ids = new Set(results.map((res) => expectCreated(res).id));
    expect(ids.size).toBe(1);
    expect(results.filter((res) => res.headers.get('idempotent-replayed') === null)).toHaveLength(1);
    const after = await timelineSnapshot(service, team);
    expect(after.feedback).toHaveLength(before.feedback.length + 1);
    expect(after.markers).toHaveLength(before.markers.length + 1);
    expect(after.feedback.map((row) => row.value.id)).toContain([...ids][0]);
  });

  it('keys are per person: the same key from someone else gives their own feedback', async () => {
    const key = crypto.randomUUID();
    const fromA = expectCreated(await post(asA, ok(), key));
    const fromC = expectCreated(await post(asC, ok(), key));
    expect(fromC.id).not.toBe(fromA.id);
    expect(fromC.giverId).not.toBe(fromA.giverId);
  });

  it('the same key with different feedback is a conflict, and writes nothing', async () => {
    const key = crypto.randomUUID();
    expectCreated(await post(asA, ok(), key));
    const before = await timelineSnapshot(service, team);
    const res = await post(asA, { ...ok(), impact: 'Something else entirely happened' }, key);
    expect(res.status).toBe(409);
    expect(res.error?.code).toBe('conflict');
    expect(await timelineSnapshot(service, team)).toEqual(before);
  });

  it('a retry after a crash between the marker and the feedback writes the recorded feedback, once', async () => {
    const key = crypto.randomUUID();
    const createdAt = new Date(clock.now().getTime() - 60_000);
    const recorded: Feedback = FeedbackSchema.parse({
      tenantId: team.tenantId,
      teamId: team.teamId,
      id: newTimelineId(createdAt),
      giverId: a,
      ...ok(),
      createdAt: createdAt.toISOString(),
    });
    // What the first call left behind: its marker, and no feedback row.
    const claim = await service.repos.idempotency.claim(
      team,
      { operation: 'feedback', actorId: a, key },
      recorded,
      FeedbackSchema,
    );
    expect(claim.claimed).toBe(true);
    expect(await service.repos.feedback.get(team, recorded.id)).toBeUndefined();

    const before = (await feedbackRows()).length;
    const retries = await Promise.all([post(asA, ok(), key), post(asA, ok(), key)]);
    for (const retry of retries) {
      expect(expectCreated(retry)).toMatchObject({ ...recorded, etag: expect.any(String) });
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
    }
    expect(await feedbackRows()).toHaveLength(before + 1);
  });
});
