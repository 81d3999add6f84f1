import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BotReply } from '../../../bot/handlers/bot-reply.ts';
import type { Outbound, SentMessage } from '../../../bot/handlers/outbound.ts';
import { postRecognitionOnce } from '../../../bot/services/recognition-posting.ts';
import type { ServiceContext } from '../../../bot/services/service-context.ts';
import type { HistoryResponse } from '../../../shared/api/history.ts';
import type { CreateRecognitionResponse } from '../../../shared/api/recognition-requests.ts';
import { apiPaths } from '../../../shared/api/routes.ts';
import type { Versioned } from '../../../shared/api/versioned.ts';
import { adaptiveCard } from '../../../shared/cards/adaptive-card.ts';
import type { Goal } from '../../../shared/domain/goal.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import type { Recognition } from '../../../shared/domain/recognition.ts';
import { isLeader } from '../../../shared/domain/team.ts';
import type { Task } from '../../../shared/domain/task.ts';
import { newTimelineId } from '../../../shared/store/timeline-ids.ts';
import { apiClient, type ApiClient, type ApiResult } from '../../support/api-client.ts';
import { createBotTeam, type BotPerson, type BotTeam } from '../../support/bot-team.ts';
import { userGuid } from '../../support/ids.ts';
import {
  startRecordingConnector,
  type RecordingConnector,
  type SentActivity,
} from '../../support/recording-connector.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';
import { createTeamFixture, type TeamFixture } from '../../support/team-fixture.ts';
import { timelineSnapshot } from './storage-snapshot.ts';
import { testClock } from './test-clock.ts';

const clock = testClock();
let connector: RecordingConnector;
let service: TestService;
let team: BotTeam;
let other: BotTeam;
let unposted: TeamFixture;
let alice: BotPerson;
let bob: BotPerson;
let carol: BotPerson;
let dan: BotPerson;
let asAlice: ApiClient;
let asBob: ApiClient;
let asDan: ApiClient;
let task: Versioned<Task>;
let goal: Versioned<Goal>;
let foreignTask: Versioned<Task>;

beforeAll(async () => {
  connector = await startRecordingConnector();
  service = await startTestService({ now: clock.now });
  team = await createBotTeam(service.repos, connector, { memberCount: 3 });
  other = await createBotTeam(service.repos, connector, {
    memberCount: 1,
    settings: { values: [{ id: 'speed', name: 'Speed', emoji: '⚡', description: '' }] },
  });
  unposted = await createTeamFixture(service.repos, { memberCount: 1 });
  [alice, bob, carol, dan] = team.people as [BotPerson, BotPerson, BotPerson, BotPerson];
  const client = async (scope: { tenantId: string }, userId: string) =>
    apiClient(service.url, await service.tokenFor(scope.tenantId, userId));
  [asAlice, asBob, asDan] = await Promise.all([
    client(team, alice.userId),
    client(team, bob.userId),
    client(team, dan.userId),
  ]);
  goal = (await asAlice.post<Versioned<Goal>>(apiPaths.goals(team.teamId), { statement: 'Ship v2' })).body;
  task = (
    await asAlice.post<Versioned<Task>>(apiPaths.tasks(team.teamId), {
      title: 'Rollback plan',
      goalId: goal.id,
    })
  ).body;
  const asOther = await client(other, other.leader.userId);
  foreignTask = (await asOther.post<Versioned<Task>>(apiPaths.tasks(other.teamId), { title: 'Theirs' })).body;
  expect([goal.id, task.id, foreignTask.id].every(Boolean)).toBe(true);
});
beforeEach(() => connector.reset());
afterAll(async () => {
  await service.close();
  await connector.close();
});

const ok = () => ({
  recipientIds: [carol.userId],
  valueId: 'ownership',
  message: 'Owned the rollback plan end to end.',
});

function post(
  client: ApiClient,
  json: unknown,
  key?: string,
  teamId = team.teamId,
): Promise<ApiResult<CreateRecognitionResponse>> {
  return client.call<CreateRecognitionResponse>('POST', apiPaths.recognition(teamId), {
    json,
    headers: key === undefined ? {} : { 'idempotency-key': key },
  });
}

function expectCreated(res: ApiResult<CreateRecognitionResponse>): Versioned<Recognition> {
  expect(res.status, JSON.stringify(res.error)).toBe(201);
  expect(res.headers.get('etag')).toBe(res.body.recognition.etag);
  return res.body.recognition;
}

function channelPosts(scope: BotTeam = team): SentActivity[] {
  return connector
    .sentActivities()
    .filter((sent) => sent.conversationId === scope.channelId && !sent.replyToId);
}

interface PostedCard {
  body: Array<{ type: string; text?: string }>;
  msteams: { entities: Array<{ text: string; mentioned: { id: string } }> };
}

function postedCard(sent: SentActivity | undefined): PostedCard {
  return sent?.activity.attachments?.[0]?.content as PostedCard;
}

async function history(client: ApiClient, person: BotPerson): Promise<HistoryResponse> {
  const res = await client.get<HistoryResponse>(apiPaths.history(team.teamId, person.userId));
  expect(res.status).toBe(200);
  return res.body;
}

describe('POST recognition', () => {
  it('stores it, posts it once in the channel with mentions, and answers 201 posted', async () => {
    clock.advance(1);
    const res = await post(asBob, {
      recipientIds: [carol.userId, dan.userId, carol.userId],
      valueId: 'teamwork',
      message: '  Paired with **everyone** on the migration.  ',
      link: { kind: 'task', id: task.id },
    });
    const recognition = expectCreated(res);
    expect(res.body).toMatchObject({ posted: true, delivery: 'posted' });
    expect(recognition).toMatchObject({
      tenantId: team.tenantId,
      teamId: team.teamId,
      giverId: bob.userId,
      recipientIds: [carol.userId, dan.userId],
      valueId: 'teamwork',
      message: 'Paired with **everyone** on the migration.',
      link: { kind: 'task', id: task.id },
      createdAt: clock.iso(),
    });
    const stored = await service.repos.recognition.get(team, recognition.id);
    expect(stored && { ...stored.value, etag: stored.etag }).toEqual(recognition);

    const posts = channelPosts();
    expect(posts).toHaveLength(1);
    const card = postedCard(posts[0]);
    expect(card.msteams.entities.map((e) => e.mentioned.id)).toEqual([carol.teamsUserId, dan.teamsUserId]);
    const text = card.body.map((block) => block.text ?? '').join('\n');
    for (const entity of card.msteams.entities) expect(text).toContain(entity.text);
    expect(text).toContain('Paired with \\*\\*everyone\\*\\*');
    expect(text).toContain('Task: Rollback plan');
  });

  it('shows first in the history of giver and recipients, and is visible to the rest of the team', async () => {
    clock.advance(1);
    const recognition = expectCreated(await post(asDan, { ...ok(), link: { kind: 'goal', id: goal.id } }));
    const expectations = [
      [asDan, dan, 'recognition-given'],
      [asBob, carol, 'recognition-received'],
      [asAlice, carol, 'recognition-received'],
    ] as const;
    for (const [viewer, person, kind] of expectations) {
      expect((await history(viewer, person)).items[0]).toMatchObject({
        kind,
        at: clock.iso(),
        recognition: { id: recognition.id },
      });
    }
  });

  it('a leader recognises like anyone else', async () => {
    expect(isLeader(team.team, alice.userId)).toBe(true);
    expectCreated(await post(asAlice, ok()));
  });

  it('accepts the default values only while the team has none of its own', async () => {
    const asOther = apiClient(service.url, await service.tokenFor(other.tenantId, other.leader.userId));
    const recipient = other.people[1]?.userId;
    expectCreated(
      await post(asOther, { ...ok(), recipientIds: [recipient], valueId: 'speed' }, undefined, other.teamId),
    );
    const refused = await post(asOther, { ...ok(), recipientIds: [recipient] }, undefined, other.teamId);
    expect(refused.status).toBe(400);
    expect(refused.error?.field).toBe('valueId');
  });

  it('without a stored channel it is still stored and in history, answering posted: false', async () => {
    const asLeader = apiClient(service.url, await service.tokenFor(unposted.tenantId, unposted.leader));
    const res = await post(
      asLeader,
      { ...ok(), recipientIds: [unposted.members[0]] },
      crypto.randomUUID(),
      unposted.teamId,
    );
    const recognition = expectCreated(res);
    expect(res.body).toMatchObject({ posted: false, delivery: 'noChannel' });
    expect(await service.repos.recognition.get(unposted, recognition.id)).toBeDefined();
    expect(connector.sentActivities()).toHaveLength(0);
  });

  it('when Teams answers 403, it is stored, answers posted: false, and a retry with the key posts it once', async () => {
    connector.failNext(`/v3/conversations/${team.channelId}/activities`, 403);
    const key = crypto.randomUUID();
    const before = await timelineSnapshot(service, team);
    const refused = await post(asBob, ok(), key);
    const recognition = expectCreated(refused);
    expect(refused.body).toMatchObject({ posted: false, delivery: 'failed' });
    expect(channelPosts()).toHaveLength(0);
    expect(connector.requests().filter((r) => r.status === 403)).toHaveLength(1);
    expect(
      (await history(asBob, bob)).items.map(
        (item) => item.kind === 'recognition-given' && item.recognition.id,
      ),
    ).toContain(recognition.id);

    const retry = await post(asBob, ok(), key);
    expect(expectCreated(retry).id).toBe(recognition.id);
    expect(retry.body).toMatchObject({ posted: true, delivery: 'posted' });
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const again = await post(asBob, ok(), key);
    expect(again.body).toMatchObject({ posted: true });
    expect(channelPosts()).toHaveLength(1);
    const after = await timelineSnapshot(service, team);
    expect(after.recognition).toHaveLength(before.recognition.length + 1);
  });
});

interface BadInput {
  name: string;
  body: () => unknown;
  field: string;
  headers?: Record<string, string>;
}

const badInputs: BadInput[] = [
  { name: 'no recipients', body: () => ({ ...ok(), recipientIds: [] }), field: 'recipientIds' },
  { name: 'missing recipients', body: () => ({ ...ok(), recipientIds: undefined }), field: 'recipientIds' },
  {
    name: `more than ${LIMITS.recipientsPerRecognition} recipients`,
    body: () => ({ ...ok(), recipientIds: Array.from({ length: 21 }, (_, i) => userGuid(0xbeef00 + i)) }),
    field: 'recipientIds',
  },
  {
    name: 'a recipient that is no user id',
    body: () => ({ ...ok(), recipientIds: ['bob'] }),
    field: 'recipientIds.0',
  },
  {
    name: 'the giver among the recipients',
    body: () => ({ ...ok(), recipientIds: [carol.userId, bob.userId] }),
    field: 'recipientIds',
  },
  {
    name: 'a recipient not on the team',
    body: () => ({ ...ok(), recipientIds: [carol.userId, userGuid(0xdead)] }),
    field: 'recipientIds',
  },
  {
    name: 'a recipient of another team',
    body: () => ({ ...ok(), recipientIds: [other.people[1]?.userId] }),
    field: 'recipientIds',
  },
  { name: 'an unknown value', body: () => ({ ...ok(), valueId: 'speed' }), field: 'valueId' },
  { name: 'a value id with bad characters', body: () => ({ ...ok(), valueId: 'a b' }), field: 'valueId' },
  { name: 'a blank message', body: () => ({ ...ok(), message: '  ' }), field: 'message' },
  {
    name: `a message over ${LIMITS.longText} characters`,
    body: () => ({ ...ok(), message: 'm'.repeat(LIMITS.longText + 1) }),
    field: 'message',
  },
  {
    name: 'a link to another team’s task',
    body: () => ({ ...ok(), link: { kind: 'task', id: foreignTask.id } }),
    field: 'link.id',
  },
  {
    name: 'a link to a goal that does not exist',
    body: () => ({ ...ok(), link: { kind: 'goal', id: 'no-such-goal' } }),
    field: 'link.id',
  },
  {
    name: 'a link of an unknown kind',
    body: () => ({ ...ok(), link: { kind: 'team', id: 'x' } }),
    field: 'link.kind',
  },
  { name: 'an unknown field', body: () => ({ ...ok(), badge: 'gold' }), field: 'badge' },
  { name: 'a server-owned field', body: () => ({ ...ok(), giverId: carol.userId }), field: 'giverId' },
  {
    name: 'a malformed idempotency key',
    body: ok,
    field: 'Idempotency-Key',
    headers: { 'idempotency-key': 'has spaces/and slashes' },
  },
];

describe('POST recognition refuses bad input with a 400 naming the field, and writes and posts nothing', () => {
  it.each(badInputs.map((bad) => [bad.name, bad] as const))('%s', async (_, bad) => {
    const before = await timelineSnapshot(service, team);
    const res = await asBob.call('POST', apiPaths.recognition(team.teamId), {
      json: bad.body(),
      headers: { 'idempotency-key': crypto.randomUUID(), ...bad.headers },
    });
    expect(res.status).toBe(400);
    expect(res.error?.code).toBe('invalid_request');
    expect(res.error?.field).toBe(bad.field);
    expect(res.error?.message).toContain(bad.field);
    expect(await timelineSnapshot(service, team)).toEqual(before);
    expect(connector.sentActivities()).toHaveLength(0);
  });

  it('someone not on the roster is refused', async () => {
    const outsider = apiClient(service.url, await service.tokenFor(team.tenantId, userGuid(0xfeed)));
    expect((await post(outsider, ok())).status).toBe(403);
    expect(connector.sentActivities()).toHaveLength(0);
  });
});

describe('Idempotency-Key', () => {
  it('a retry answers the first recognition: one row, one post', async () => {
    const key = crypto.randomUUID();
    const before = await timelineSnapshot(service, team);
    clock.advance(1);
    const first = await post(asBob, ok(), key);
    clock.advance(1);
    const retry = await post(asBob, ok(), key);
    expect(expectCreated(retry)).toEqual(expectCreated(first));
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(channelPosts()).toHaveLength(1);
    expect((await timelineSnapshot(service, team)).recognition).toHaveLength(before.recognition.length + 1);
  });

  it('10 concurrent calls with the same key store one and post one', async () => {
    const key = crypto.randomUUID();
    const before = await timelineSnapshot(service, team);
    const results = await Promise.all(Array.from({ length: 10 }, () => post(asBob, ok(), key)));
    expect(new Set(results.map((res) => expectCreated(res).id)).size).toBe(1);
    expect(results.every((res) => res.body.posted)).toBe(true);
    expect(channelPosts()).toHaveLength(1);
    expect((await timelineSnapshot(service, team)).recognition).toHaveLength(before.recognition.length + 1);
  });

  it('the same key with a different recognition is a conflict, and writes and posts nothing', async () => {
    const key = crypto.randomUUID();
    expectCreated(await post(asBob, ok(), key));
    connector.reset();
    const before = await timelineSnapshot(service, team);
    const res = await post(asBob, { ...ok(), message: 'Something else' }, key);
    expect(res.status).toBe(409);
    expect(await timelineSnapshot(service, team)).toEqual(before);
    expect(connector.sentActivities()).toHaveLength(0);
  });
});

describe('a slow channel', () => {
  it('answers pending within the timeout, records the post when it lands, and never posts twice', async () => {
    let release: (sent: SentMessage) => void = () => undefined;
    const posts: BotReply[] = [];
    const slow: Outbound = {
      toConversation: (_address, reply) => {
        posts.push(reply);
        return new Promise((resolve) => (release = resolve));
      },
      toPerson: () => Promise.reject(new Error('not used')),
      update: () => Promise.reject(new Error('not used')),
    };
    const member = (await service.repos.members.get(team, bob.userId))?.value;
    if (!member) throw new Error('bob is on the team');
    const ctx: ServiceContext = {
      repos: service.repos,
      access: { scope: team, userId: bob.userId, team: team.team, member, isLeader: false },
      now: clock.now,
      outbound: slow,
      links: { to: () => 'https://teams.example/' },
      logger: pino({ level: 'silent' }),
    };
    const recognition: Recognition = {
      tenantId: team.tenantId,
      teamId: team.teamId,
      id: newTimelineId(clock.now()),
      giverId: bob.userId,
      recipientIds: [carol.userId],
      valueId: 'craft',
      message: 'Slow but sure',
      createdAt: clock.iso(),
    };
    const reply = () => Promise.resolve<BotReply>({ kind: 'card', card: adaptiveCard([]), summary: 'x' });
    const timing = { timeoutMs: 150, leaseMs: 60_000, pollMs: 20 };

    const started = Date.now();
    expect(await postRecognitionOnce(ctx, recognition, reply, timing)).toBe('pending');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await postRecognitionOnce(ctx, recognition, reply, timing)).toBe('pending');
    expect(posts).toHaveLength(1);

    release({ serviceUrl: connector.url, conversationId: team.channelId, activityId: 'landed-1' });
    await expect.poll(() => postRecognitionOnce(ctx, recognition, reply, timing)).toBe('posted');
    expect(posts).toHaveLength(1);
  });
});
