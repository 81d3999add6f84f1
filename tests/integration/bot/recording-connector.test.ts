import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startRecordingConnector, type RecordingConnector } from '../../support/recording-connector.ts';
import { loadConnectorFixture } from '../../support/teams-fixtures.ts';
import type { WirePagedMembers, WireTeamsMember } from '../../support/teams-wire.ts';

const CHANNEL_THREAD = '19:fake0channel0000000000000000000002@thread.tacv2;messageid=1736173800123';
const TEAM = '19:fake0team000000000000000000000001@thread.tacv2';
const message = { type: 'message', text: 'hello' };

let connector: RecordingConnector;

beforeAll(async () => {
  connector = await startRecordingConnector();
});
afterEach(() => connector.reset());
afterAll(() => connector.close());

/** A call as botframework-connector makes it: ids percent-encoded into the path. */
async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(new URL(path, connector.url), {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body: (await res.json()) as unknown,
  };
}

const activities = (conversationId: string, activityId?: string) =>
  `v3/conversations/${encodeURIComponent(conversationId)}/activities` +
  (activityId === undefined ? '' : `/${encodeURIComponent(activityId)}`);

it('serves a serviceUrl with a trailing slash, as Teams sends it', () => {
  expect(connector.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
});

it('accepts sends and replies with a new activity id, and records them decoded', async () => {
  const sent = await call('POST', activities(CHANNEL_THREAD), message);
  const replied = await call('POST', activities(CHANNEL_THREAD, '1736173800123'), message);

  expect(sent).toMatchObject({ status: 201, body: { id: expect.any(String) } });
  expect(replied).toMatchObject({ status: 201, body: { id: expect.any(String) } });
  expect(replied.body).not.toEqual(sent.body);
  expect(connector.sentActivities()).toEqual([
    { conversationId: CHANNEL_THREAD, id: (sent.body as { id: string }).id, activity: message },
    {
      conversationId: CHANNEL_THREAD,
      replyToId: '1736173800123',
      id: (replied.body as { id: string }).id,
      activity: message,
    },
  ]);
  expect(connector.requests().map((request) => request.path)).toEqual([
    `/v3/conversations/${CHANNEL_THREAD}/activities`,
    `/v3/conversations/${CHANNEL_THREAD}/activities/1736173800123`,
  ]);
});

it('accepts an update of an activity', async () => {
  const res = await call('PUT', activities(CHANNEL_THREAD, '1736175600001'), { ...message, text: 'edited' });

  expect(res).toEqual({ status: 200, retryAfter: null, body: { id: '1736175600001' } });
  expect(connector.updatedActivities()).toEqual([
    { conversationId: CHANNEL_THREAD, activityId: '1736175600001', activity: { ...message, text: 'edited' } },
  ]);
  expect(connector.sentActivities()).toEqual([]);
});

it('creates one 1:1 conversation per user, shaped like Teams answers', async () => {
  const open = (userId: string) =>
    call('POST', 'v3/conversations', { isGroup: false, members: [{ id: userId }], tenantId: 't' });

  const alice = await open('29:1fake-alice');
  const again = await open('29:1fake-alice');
  const bob = await open('29:1fake-bob');

  expect(alice.status).toBe(201);
  expect(Object.keys(alice.body as object)).toEqual(
    Object.keys(loadConnectorFixture('create-conversation-response')),
  );
  expect((alice.body as { id: string }).id).toMatch(/^a:1fake-personal-/);
  expect(again.body).toEqual(alice.body);
  expect(bob.body).not.toEqual(alice.body);
});

describe('paged members', () => {
  const pagedMembers = (token?: string) =>
    call(
      'GET',
      `v3/conversations/${encodeURIComponent(TEAM)}/pagedmembers?pageSize=50` +
        (token === undefined ? '' : `&continuationToken=${encodeURIComponent(token)}`),
    );

  it('lists the fixture roster in one page by default', async () => {
    const res = await pagedMembers();
    expect(res).toEqual({
      status: 200,
      retryAfter: null,
      body: { members: loadConnectorFixture('paged-members-response').members },
    });
  });

  it('follows continuation tokens through scripted pages', async () => {
    const member = (n: number): WireTeamsMember => ({ id: `29:1fake-user-${n}`, aadObjectId: `guid-${n}` });
    connector.setMemberPages([[member(1), member(2)], [member(3)], [member(4)]]);

    const seen: string[] = [];
    let token: string | undefined;
    do {
      const res = await pagedMembers(token);
      expect(res.status).toBe(200);
      const page = res.body as WirePagedMembers;
      seen.push(...page.members.map((m) => m.id));
      token = page.continuationToken;
    } while (token !== undefined);

    expect(seen).toEqual(['29:1fake-user-1', '29:1fake-user-2', '29:1fake-user-3', '29:1fake-user-4']);
    expect(connector.requests().map((request) => request.query.continuationToken)).toEqual([
      undefined,
      'fake-continuation-token-0001',
      'fake-continuation-token-0002',
    ]);
  });

  it('refuses an unknown continuation token', async () => {
    expect((await pagedMembers('stale-token')).status).toBe(400);
  });
});

describe('scripted failures', () => {
  it('throttles the next N matching requests with 429, Retry-After and Teams’ body, then recovers', async () => {
    connector.failNext('/activities', 429, 2, { retryAfter: 3 });

    const first = await call('POST', activities(CHANNEL_THREAD), message);
    const second = await call('POST', activities(CHANNEL_THREAD), message);
    const third = await call('POST', activities(CHANNEL_THREAD), message);

    expect(first).toEqual({ status: 429, retryAfter: '3', body: loadConnectorFixture('error-429') });
    expect(second.status).toBe(429);
    expect(third.status).toBe(201);
    expect(connector.sentActivities()).toHaveLength(1);
    expect(connector.requests().map((request) => request.status)).toEqual([429, 429, 201]);
  });

  it('answers 403 BotNotInConversationRoster for a matching conversation only', async () => {
    connector.failNext(/^\/v3\/conversations\/a:/, 403, 1);

    const removed = await call('POST', activities('a:1fake-personal-removed'), message);
    const other = await call('POST', activities(CHANNEL_THREAD), message);

    expect(removed).toMatchObject({ status: 403, body: loadConnectorFixture('error-403-bot-not-in-roster') });
    expect(other.status).toBe(201);
  });
});

describe('waitForActivities', () => {
  it('resolves once enough activities arrived', async () => {
    const waiting = connector.waitForActivities(2, 1000);
    await call('POST', activities(CHANNEL_THREAD), message);
    await call('POST', activities(CHANNEL_THREAD), message);
    await expect(waiting).resolves.toHaveLength(2);
  });

  it('rejects after the timeout with what it got', async () => {
    await expect(connector.waitForActivities(1, 50)).rejects.toThrow(
      /Expected 1 activities within 50 ms; the connector got 0/,
    );
  });
});

it('answers 404 with the Bot Connector error shape for anything else', async () => {
  const res = await call('DELETE', 'v3/conversations/x/members/y');
  expect(res).toMatchObject({ status: 404, body: { error: { code: 'NotFound' } } });
});
