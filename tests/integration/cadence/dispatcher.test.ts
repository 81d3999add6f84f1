import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CadenceJob } from '../../../bot/cadence/jobs.ts';
import { TeamSettingsSchema } from '../../../shared/domain/team.ts';
import { teamPartitionKey } from '../../../shared/store/team-scope.ts';
import { createFanoutRig, crashable, teamsUserIdOf } from '../../support/fanout-rig.ts';
import { userGuid, uniqueTeamId, TENANT_ID } from '../../support/ids.ts';
import { startRecordingConnector, type RecordingConnector } from '../../support/recording-connector.ts';
import { testRepositories } from '../../support/test-repositories.ts';
import { storageConnectionString, uniqueTablePrefix } from '../../support/test-tables.ts';

let connector: RecordingConnector;
beforeAll(async () => {
  connector = await startRecordingConnector();
});
afterAll(() => connector.close());
afterEach(() => connector.reset());

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

async function rig(options: { leaseMs?: number } = {}) {
  const { repos, tables } = await testRepositories();
  const teamId = uniqueTeamId();
  const now = new Date().toISOString();
  await repos.teams.insert({
    tenantId: TENANT_ID,
    teamId,
    name: 'Fan-out team',
    active: true,
    conversation: { conversationId: '19:fanout-channel@thread.tacv2', serviceUrl: connector.url },
    settings: TeamSettingsSchema.parse({ leaders: [userGuid(1)] }),
    createdAt: now,
    updatedAt: now,
  });
  const fanout = await createFanoutRig({
    repos,
    tables,
    connectionString: storageConnectionString(),
    queuePrefix: uniqueTablePrefix(),
    serviceUrl: connector.url,
    leaseMs: options.leaseMs,
  });
  const base = Math.floor(Math.random() * 1e6) * 1000;
  const members = (count: number) => Array.from({ length: count }, (_, i) => userGuid(base + i));
  const checkIn = (userId: string): CadenceJob => ({
    kind: 'checkin',
    tenantId: TENANT_ID,
    teamId,
    week: '2026-W02',
    userId,
  });
  async function enqueueAll(jobs: CadenceJob[]) {
    for (const job of jobs) await fanout.queue.enqueue(job);
  }
  function start(...args: Parameters<typeof fanout.start>) {
    const dispatcher = fanout.start(...args);
    stops.push(() => dispatcher.stop());
    return dispatcher;
  }
  /** An instance that will crash: it is told to stop but never waited for, as its calls hang for good. */
  function startDoomed(...args: Parameters<typeof fanout.start>) {
    const dispatcher = fanout.start(...args);
    stops.push(() => {
      void dispatcher.stop();
      return Promise.resolve();
    });
    return dispatcher;
  }
  return { ...fanout, repos, teamId, members, checkIn, enqueueAll, start, startDoomed };
}

/** Messages each member received in their 1:1 chat, by Teams user id. */
function receivedBy(): Map<string, number> {
  const byConversation = new Map<string, string>();
  for (const request of connector.requests()) {
    if (request.path === '/v3/conversations' && request.status === 201) {
      const body = request.body as { members: Array<{ id: string }> };
      byConversation.set(conversationOfMember(body.members[0]!.id), body.members[0]!.id);
    }
  }
  const counts = new Map<string, number>();
  for (const sent of connector.sentActivities()) {
    const text = sent.activity.text ?? '';
    const userId = /for (\S+)$/.exec(text)?.[1] ?? sent.conversationId;
    counts.set(userId, (counts.get(userId) ?? 0) + 1);
  }
  return counts;
}

function conversationOfMember(teamsUserId: string): string {
  return teamsUserId;
}

function expectEachOnce(counts: Map<string, number>, members: string[]) {
  expect([...counts.keys()].sort()).toEqual([...members].sort());
  expect([...counts.values()].every((count) => count === 1)).toBe(true);
}

describe('fan-out dispatcher', () => {
  it('sends a batch of check-ins to many members exactly once each, in Teams wire format', async () => {
    const fanout = await rig();
    const members = fanout.members(40);
    await fanout.enqueueAll(members.map(fanout.checkIn));
    fanout.start({ workers: 4, batchSize: 4 });
    await fanout.drained();
    expectEachOnce(receivedBy(), members);
    const opens = connector.requests().filter((r) => r.path === '/v3/conversations');
    expect(opens).toHaveLength(40);
    expect(opens[0]!.body).toMatchObject({ isGroup: false, members: [{ id: teamsUserIdOf(members[0]!) }] });
    const posted = connector.sentActivities()[0]!;
    expect(posted.replyToId).toBeUndefined();
    expect(posted.activity).toMatchObject({ type: 'message', channelId: 'msteams' });
    const delivery = await fanout.ledger.get({
      tenantId: TENANT_ID,
      teamId: fanout.teamId,
      key: `2026-W02|checkin|${members[0]}`,
    });
    expect(delivery?.value).toMatchObject({ state: 'sent' });
  });

  it('reuses each member’s remembered 1:1 chat next time: one connector call per member', async () => {
    const fanout = await rig();
    const members = fanout.members(5);
    await fanout.enqueueAll(members.map(fanout.checkIn));
    fanout.start({ workers: 2 });
    await fanout.drained(20_000);
    connector.reset();
    await fanout.enqueueAll(
      members.map((userId): CadenceJob => ({
        kind: 'reminder',
        tenantId: TENANT_ID,
        teamId: fanout.teamId,
        week: '2026-W02',
        userId,
      })),
    );
    await fanout.drained();
    expect(
      connector
        .requests()
        .map((r) => r.path)
        .filter((p) => p === '/v3/conversations'),
    ).toEqual([]);
    expect(connector.sentActivities()).toHaveLength(5);
  });

  it('two service instances on one queue and one Azurite: every job is sent exactly once', async () => {
    const fanout = await rig();
    const members = fanout.members(30);
    const jobs = [...members.map(fanout.checkIn)];
    // Each job twice on the queue, as a scheduler on each instance might enqueue it.
    await Promise.all([fanout.enqueueAll(jobs), fanout.enqueueAll(jobs)]);
    const first = fanout.start({ workers: 4, batchSize: 4, instanceId: 'instance-a' });
    const second = fanout.start({ workers: 4, batchSize: 4, instanceId: 'instance-b' });
    await fanout.drained();
    expectEachOnce(receivedBy(), members);
    expect(first.instanceId).not.toBe(second.instanceId);
  });

  it('a crash after sending and recording, before acknowledging the queue: no duplicate, nobody missed', async () => {
    const fanout = await rig();
    const members = fanout.members(12);
    await fanout.enqueueAll(members.map(fanout.checkIn));
    const process = crashable();
    let recorded = 0;
    fanout.startDoomed({
      workers: 1,
      batchSize: 4,
      visibilityTimeoutSeconds: 1,
      wrap: ({ queue, ledger, sender }) => ({
        queue: process.guard(queue),
        sender: process.guard(sender),
        ledger: process.guard({
          claim: ledger.claim.bind(ledger),
          markFailed: ledger.markFailed.bind(ledger),
          release: ledger.release.bind(ledger),
          async markSent(...args: Parameters<typeof ledger.markSent>) {
            await ledger.markSent(...args);
            recorded += 1;
            if (recorded === 3) process.crash();
          },
        }),
      }),
    });
    await expect.poll(() => recorded, { timeout: 5000 }).toBe(3);
    // The restarted service picks the held messages up once their visibility runs out.
    fanout.start({ workers: 2 });
    await fanout.drained(20_000);
    expectEachOnce(receivedBy(), members);
    expect(
      await fanout.deadLetters.list(teamPartitionKey({ tenantId: TENANT_ID, teamId: fanout.teamId })),
    ).toEqual([]);
  });

  it('the documented window: a crash between the claim and recording the outcome is never resent, and is dead-lettered', async () => {
    const fanout = await rig({ leaseMs: 1000 });
    const members = fanout.members(6);
    await fanout.enqueueAll(members.map(fanout.checkIn));
    const process = crashable();
    let posted = 0;
    fanout.startDoomed({
      workers: 1,
      batchSize: 2,
      visibilityTimeoutSeconds: 1,
      wrap: ({ queue, ledger, sender }) => ({
        queue: process.guard(queue),
        ledger: process.guard(ledger),
        sender: process.guard({
          openPersonal: sender.openPersonal.bind(sender),
          async post(...args: Parameters<typeof sender.post>) {
            const sent = await sender.post(...args);
            posted += 1;
            // Teams has message 2; the process dies before the ledger hears of it.
            if (posted === 2) process.crash();
            return sent;
          },
        }),
      }),
    });
    await expect.poll(() => posted, { timeout: 5000 }).toBe(2);
    fanout.start({ workers: 2 });
    await fanout.drained(20_000);
    const counts = receivedBy();
    expectEachOnce(counts, members);
    const letters = await fanout.deadLetters.list(
      teamPartitionKey({ tenantId: TENANT_ID, teamId: fanout.teamId }),
    );
    expect(letters).toHaveLength(1);
    expect(letters[0]!.reason).toMatch(
      /^unknown outcome: claimed by .* never recorded; not resent \(at-most-once\)$/,
    );
    expect(letters[0]!.key).toBe(`2026-W02|checkin|${members[1]}`);
    const delivery = await fanout.ledger.get({
      tenantId: TENANT_ID,
      teamId: fanout.teamId,
      key: letters[0]!.key,
    });
    expect(delivery?.value).toMatchObject({
      state: 'failed',
      reason: expect.stringMatching(/^unknown outcome/),
    });
  });

  it('a 429 with Retry-After holds back only that conversation while the others keep flowing', async () => {
    const fanout = await rig();
    const members = fanout.members(8);
    for (const [i, userId] of members.entries()) {
      await fanout.conversations.put(TENANT_ID, teamsUserIdOf(userId), `a:1known-${i}`);
    }
    connector.failNext('a:1known-0/activities', 429, 1, { retryAfter: 1 });
    await fanout.enqueueAll(members.map(fanout.checkIn));
    // One worker: had the 429 put it to sleep, member 0 would be sent second, before everyone else.
    fanout.start({ workers: 1, batchSize: 8 });
    await fanout.drained();
    const order = connector.sentActivities().map((sent) => sent.conversationId);
    expect(order).toHaveLength(8);
    expect(order.at(-1)).toBe('a:1known-0');
    expect(new Set(order).size).toBe(8);
    const throttled = connector.requests().filter((r) => r.status === 429);
    expect(throttled.map((r) => r.path)).toEqual(['/v3/conversations/a:1known-0/activities']);
    expect(
      await fanout.ledger.get({
        tenantId: TENANT_ID,
        teamId: fanout.teamId,
        key: `2026-W02|checkin|${members[0]}`,
      }),
    ).toMatchObject({ value: { state: 'sent' } });
  });

  it('a 403 from the team channel stops retrying, dead-letters the summary and marks the team inactive', async () => {
    const fanout = await rig();
    connector.failNext('/activities', 403);
    await fanout.queue.enqueue({
      kind: 'summary',
      tenantId: TENANT_ID,
      teamId: fanout.teamId,
      week: '2026-W02',
    });
    fanout.start({ workers: 1 });
    await fanout.drained();
    expect(connector.requests().filter((r) => r.path.endsWith('/activities'))).toHaveLength(1);
    const [letter] = await fanout.deadLetters.list(
      teamPartitionKey({ tenantId: TENANT_ID, teamId: fanout.teamId }),
    );
    expect(letter).toMatchObject({
      key: '2026-W02|summary|team',
      lastStatus: 403,
      lastCode: 'BotNotInConversationRoster',
      attempts: 1,
    });
    expect(letter!.reason).toMatch(/^refused by Teams \(403 BotNotInConversationRoster\)/);
    expect((await fanout.repos.teams.get({ tenantId: TENANT_ID, teamId: fanout.teamId }))?.value.active).toBe(
      false,
    );
  });

  it('a 403 from a member’s chat stops retrying that member only', async () => {
    const fanout = await rig();
    const members = fanout.members(3);
    await fanout.conversations.put(TENANT_ID, teamsUserIdOf(members[0]!), 'a:1blocked');
    connector.failNext('a:1blocked/activities', 403, 5);
    await fanout.enqueueAll(members.map(fanout.checkIn));
    fanout.start({ workers: 1 });
    await fanout.drained();
    expect(connector.requests().filter((r) => r.path.includes('a:1blocked'))).toHaveLength(1);
    expect(connector.sentActivities()).toHaveLength(2);
    const letters = await fanout.deadLetters.list(
      teamPartitionKey({ tenantId: TENANT_ID, teamId: fanout.teamId }),
    );
    expect(letters.map((l) => [l.key, l.lastStatus])).toEqual([[`2026-W02|checkin|${members[0]}`, 403]]);
    expect((await fanout.repos.teams.get({ tenantId: TENANT_ID, teamId: fanout.teamId }))?.value.active).toBe(
      true,
    );
  });

  it('backs off on 502 and dead-letters the job after N attempts with the reason', async () => {
    const fanout = await rig();
    const [member] = fanout.members(1);
    await fanout.conversations.put(TENANT_ID, teamsUserIdOf(member!), 'a:1flaky');
    connector.failNext('a:1flaky/activities', 502, 10);
    await fanout.queue.enqueue(fanout.checkIn(member!));
    fanout.start({ workers: 1, maxAttempts: 3, random: () => 0 });
    await fanout.drained();
    expect(connector.requests().filter((r) => r.path.includes('a:1flaky'))).toHaveLength(3);
    const [letter] = await fanout.deadLetters.list(
      teamPartitionKey({ tenantId: TENANT_ID, teamId: fanout.teamId }),
    );
    expect(letter).toMatchObject({
      attempts: 3,
      lastStatus: 502,
      reason: 'failed 3 times; last: 502 ServiceError',
    });
    const delivery = await fanout.ledger.get({
      tenantId: TENANT_ID,
      teamId: fanout.teamId,
      key: `2026-W02|checkin|${member}`,
    });
    expect(delivery?.value).toMatchObject({ state: 'failed' });
  });
});
