import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type {
  CreateReviewRequestResponse,
  ListReviewRequestsResponse,
} from '../../../shared/api/review-requests.ts';
import { apiPaths } from '../../../shared/api/routes.ts';
import type { Versioned } from '../../../shared/api/versioned.ts';
import { newEntityId } from '../../../shared/domain/ids.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import type { Task } from '../../../shared/domain/task.ts';
import { apiClient, type ApiClient } from '../../support/api-client.ts';
import { createBotTeam, type BotPerson, type BotTeam } from '../../support/bot-team.ts';
import { startRecordingConnector, type RecordingConnector } from '../../support/recording-connector.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';

let connector: RecordingConnector;
let service: TestService;
let team: BotTeam;
let alice: BotPerson;
let bob: BotPerson;
let carol: BotPerson;
let dan: BotPerson;
let asAlice: ApiClient;
let asBob: ApiClient;
let asCarol: ApiClient;
let asDan: ApiClient;
let foreignTask: Versioned<Task>;

beforeAll(async () => {
  connector = await startRecordingConnector();
  service = await startTestService();
  team = await createBotTeam(service.repos, connector, { memberCount: 3 });
  [alice, bob, carol, dan] = team.people as [BotPerson, BotPerson, BotPerson, BotPerson];
  const as = async (person: BotPerson) =>
    apiClient(service.url, await service.tokenFor(team.tenantId, person.userId));
  [asAlice, asBob, asCarol, asDan] = await Promise.all([as(alice), as(bob), as(carol), as(dan)]);
  const other = await createBotTeam(service.repos, connector, { memberCount: 1 });
  const asOther = apiClient(service.url, await service.tokenFor(other.tenantId, other.leader.userId));
  foreignTask = (
    await asOther.post<Versioned<Task>>(apiPaths.tasks(other.teamId), { title: 'Theirs', status: 'done' })
  ).body;
});
beforeEach(() => connector.reset());
afterAll(async () => {
  await service.close();
  await connector.close();
});

/**
 * A task of Bob's in `status`, written straight to storage: created through the API it would send Bob
 * an assignment notice in the background, which these tests must not count.
 */
async function bobsTask(status: Task['status'] = 'done'): Promise<Versioned<Task>> {
  const now = new Date().toISOString();
  const stored = await service.repos.tasks.insert({
    tenantId: team.tenantId,
    teamId: team.teamId,
    id: newEntityId(),
    title: `Refund replies ${Math.random().toString(36).slice(2, 6)}`,
    description: '',
    assigneeId: bob.userId,
    status,
    tags: [],
    blockedReason: '',
    statusChangedAt: now,
    ...(status === 'done' ? { completedAt: now } : {}),
    createdBy: alice.userId,
    createdAt: now,
    updatedAt: now,
  });
  return { ...stored.value, etag: stored.etag };
}

function ask(client: ApiClient, taskId: string, body: unknown, key?: string) {
  return client.call<CreateReviewRequestResponse>('POST', apiPaths.reviewRequests(team.teamId, taskId), {
    json: body,
    ...(key ? { headers: { 'Idempotency-Key': key } } : {}),
  });
}

function createConversations() {
  return connector.requests().filter((r) => r.method === 'POST' && r.path === '/v3/conversations');
}

describe('POST …/tasks/:taskId/review-requests', () => {
  it('stores a pending request by the assignee and sends the reviewer their card 1:1', async () => {
    const task = await bobsTask();
    const res = await ask(asBob, task.id, { reviewerId: carol.userId, note: 'The tone, please' });

    expect(res.status, JSON.stringify(res.error)).toBe(201);
    expect(res.body.delivery).toBe('sent');
    expect(res.headers.get('etag')).toBe(res.body.reviewRequest.etag);
    expect(res.body.reviewRequest).toMatchObject({
      teamId: team.teamId,
      taskId: task.id,
      requesterId: bob.userId,
      reviewerId: carol.userId,
      note: 'The tone, please',
      status: 'pending',
    });
    expect(createConversations()).toHaveLength(1);
    expect(createConversations()[0]?.body).toMatchObject({ members: [{ id: carol.teamsUserId }] });
    expect(connector.sentActivities()).toHaveLength(1);
    const stored = await service.repos.reviews.get(team, res.body.reviewRequest.id);
    expect(stored?.value.status).toBe('pending');
  });

  it('lets a leader ask for a review of someone’s task', async () => {
    const task = await bobsTask();
    const res = await ask(asAlice, task.id, { reviewerId: carol.userId });
    expect(res.status).toBe(201);
    expect(res.body.reviewRequest).toMatchObject({ requesterId: alice.userId, note: '' });
  });

  it('refuses a task that is not done with 409, naming the reason; nothing is stored or sent', async () => {
    const task = await bobsTask('doing');
    const res = await ask(asBob, task.id, { reviewerId: carol.userId });
    expect(res.status).toBe(409);
    expect(res.error).toMatchObject({ code: 'conflict', message: expect.stringContaining('not done') });
    expect(await service.repos.reviews.listForTask(team, task.id)).toEqual([]);
    expect(connector.requests()).toEqual([]);
  });

  it('lets only the assignee or a leader ask', async () => {
    const task = await bobsTask();
    const res = await ask(asCarol, task.id, { reviewerId: dan.userId });
    expect(res.status).toBe(403);
    expect(res.error?.code).toBe('forbidden');
  });

  it.each([
    ['the requester', () => ({ reviewerId: bob.userId }), 'reviewerId'],
    ['someone off the team', () => ({ reviewerId: '00000000-0000-4000-8000-0000000fffff' }), 'reviewerId'],
    ['no reviewer', () => ({}), 'reviewerId'],
    [
      'a note over the limit',
      () => ({ reviewerId: carol.userId, note: 'x'.repeat(LIMITS.shortText + 1) }),
      'note',
    ],
    ['an unknown field', () => ({ reviewerId: carol.userId, urgent: true }), 'urgent'],
  ])('answers 400 naming the field for %s', async (_name, body, field) => {
    const task = await bobsTask();
    const res = await ask(asBob, task.id, body());
    expect(res.status).toBe(400);
    expect(res.error?.field).toBe(field);
    expect(connector.requests()).toEqual([]);
  });

  it('refuses the assignee as reviewer when a leader asks', async () => {
    const task = await bobsTask();
    const res = await ask(asAlice, task.id, { reviewerId: bob.userId });
    expect(res.status).toBe(400);
    expect(res.error).toMatchObject({ field: 'reviewerId', message: expect.stringContaining('assignee') });
  });

  it('answers 404 for an unknown task and for another team’s task', async () => {
    expect((await ask(asBob, 'no-such-task', { reviewerId: carol.userId })).status).toBe(404);
    expect((await ask(asBob, foreignTask.id, { reviewerId: carol.userId })).status).toBe(404);
  });

  it('answers a retry with the same Idempotency-Key with the first request, sending one card', async () => {
    const task = await bobsTask();
    const body = { reviewerId: carol.userId, note: 'Once' };
    const first = await ask(asBob, task.id, body, 'review-key-1');
    const again = await ask(asBob, task.id, body, 'review-key-1');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.reviewRequest.id).toBe(first.body.reviewRequest.id);
    expect(again.body.delivery).toBe('already');
    expect(await service.repos.reviews.listForTask(team, task.id)).toHaveLength(1);
    expect(connector.sentActivities()).toHaveLength(1);

    const other = await ask(asBob, task.id, { reviewerId: dan.userId }, 'review-key-1');
    expect(other.status).toBe(409);
    const malformed = await ask(asBob, task.id, body, 'not a key!');
    expect(malformed.status).toBe(400);
    expect(malformed.error?.field).toBe('Idempotency-Key');
  });

  it('stores the request and says so when Teams refuses the card', async () => {
    const task = await bobsTask();
    connector.failNext(/^\/v3\/conversations\/?$/, 403);
    const res = await ask(asBob, task.id, { reviewerId: carol.userId });
    expect(res.status).toBe(201);
    expect(res.body.delivery).toBe('failed');
    expect(await service.repos.reviews.get(team, res.body.reviewRequest.id)).toBeDefined();
  });
});

describe('a connector that never answers', () => {
  let silent: Server;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    silent = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    await service.repos.teams.update(team, (current) => ({
      ...current,
      conversation: { ...current.conversation!, serviceUrl: `http://127.0.0.1:${port}/` },
    }));
  });
  afterAll(async () => {
    await service.repos.teams.update(team, (current) => ({
      ...current,
      conversation: { ...current.conversation!, serviceUrl: connector.url },
    }));
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it('does not hold the request: it answers within seconds that the card is still on its way', async () => {
    const task = await bobsTask();
    const started = Date.now();
    const res = await ask(asBob, task.id, { reviewerId: carol.userId });
    expect(res.status).toBe(201);
    expect(res.body.delivery).toBe('pending');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('GET …/tasks/:taskId/review-requests', () => {
  it('lists the task’s requests to the requester and leaders, and to each reviewer only theirs', async () => {
    const task = await bobsTask();
    const first = (await ask(asBob, task.id, { reviewerId: carol.userId })).body.reviewRequest;
    const second = (await ask(asBob, task.id, { reviewerId: dan.userId })).body.reviewRequest;
    const path = apiPaths.reviewRequests(team.teamId, task.id);

    const ids = async (client: ApiClient) => {
      const res = await client.get<ListReviewRequestsResponse>(path);
      expect(res.status).toBe(200);
      return res.body.reviewRequests.map((review) => review.id);
    };
    const both = [second.id, first.id];
    expect(new Set(await ids(asBob))).toEqual(new Set(both));
    expect(new Set(await ids(asAlice))).toEqual(new Set(both));
    expect(await ids(asCarol)).toEqual([first.id]);
    expect(await ids(asDan)).toEqual([second.id]);
    expect((await asBob.get(apiPaths.reviewRequests(team.teamId, foreignTask.id))).status).toBe(404);
  });
});
