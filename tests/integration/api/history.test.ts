import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryItem, HistoryResponse } from '../../../shared/api/history.ts';
import { apiPaths } from '../../../shared/api/routes.ts';
import type { CheckIn } from '../../../shared/domain/check-in.ts';
import type { Feedback, Visibility } from '../../../shared/domain/feedback.ts';
import type { Recognition } from '../../../shared/domain/recognition.ts';
import { newTimelineId } from '../../../shared/store/timeline-ids.ts';
import { apiClient, type ApiClient } from '../../support/api-client.ts';
import { userGuid } from '../../support/ids.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';
import { createTeamFixture, type TeamFixture } from '../../support/team-fixture.ts';

const T = Date.parse('2026-03-02T09:00:00.000Z');
const minutesAgo = (minutes: number) => new Date(T - minutes * 60_000);

let service: TestService;
let team: TeamFixture;
let other: TeamFixture;
let a: string;
let b: string;
let c: string;
let as: Record<'leader' | 'a' | 'b' | 'c', ApiClient>;

async function giveFeedback(
  label: string,
  giverId: string,
  recipientId: string,
  visibility: Visibility,
  minutes: number,
): Promise<void> {
  const createdAt = minutesAgo(minutes);
  const feedback: Feedback = {
    tenantId: team.tenantId,
    teamId: team.teamId,
    id: `${newTimelineId(createdAt)}-${label}`,
    giverId,
    recipientId,
    situation: `Situation ${label}`,
    behaviour: `Behaviour ${label}`,
    impact: `Impact ${label}`,
    visibility,
    source: 'tab',
    createdAt: createdAt.toISOString(),
  };
  await service.repos.feedback.insert(feedback);
}

async function recognise(
  label: string,
  giverId: string,
  recipientIds: string[],
  minutes: number,
): Promise<void> {
  const createdAt = minutesAgo(minutes);
  const recognition: Recognition = {
    tenantId: team.tenantId,
    teamId: team.teamId,
    id: `${newTimelineId(createdAt)}-${label}`,
    giverId,
    recipientIds,
    valueId: 'ownership',
    message: `Thanks ${label}`,
    createdAt: createdAt.toISOString(),
  };
  await service.repos.recognition.insert(recognition);
}

async function checkIn(userId: string, week: string, minutes: number): Promise<void> {
  const at = minutesAgo(minutes).toISOString();
  const value: CheckIn = {
    tenantId: team.tenantId,
    teamId: team.teamId,
    userId,
    week,
    taskUpdates: [],
    blockers: [{ text: `Blocker of ${week}` }],
    wins: [],
    confidence: 3,
    helpNote: '',
    answers: [],
    submittedAt: at,
    updatedAt: at,
  };
  await service.repos.checkIns.upsert(team, week, userId, () => value);
}

/** `kind:label` per item: the label is the seeded id's suffix, or the week of a check-in. */
function labels(items: HistoryItem[]): string[] {
  return items.map((item) => {
    switch (item.kind) {
      case 'feedback-received':
      case 'feedback-given':
        return `${item.kind}:${item.feedback.id.split('-').at(-1)}`;
      case 'recognition-received':
      case 'recognition-given':
        return `${item.kind}:${item.recognition.id.split('-').at(-1)}`;
      case 'check-in':
        return `${item.kind}:${item.checkIn.week}`;
    }
  });
}

async function history(viewer: ApiClient, personId: string, query = ''): Promise<HistoryResponse> {
  const res = await viewer.get<HistoryResponse>(`${apiPaths.history(team.teamId, personId)}${query}`);
  expect(res.status, JSON.stringify(res.error)).toBe(200);
  return res.body;
}

/** A's whole history, newest first, as A and leaders see it. */
const A_FULL = [
  'recognition-received:r1',
  'feedback-received:f2',
  'check-in:2026-W10',
  'feedback-given:f1',
  'recognition-given:r2',
  'feedback-received:f3',
  'feedback-received:f5',
  'check-in:2026-W09',
  'feedback-given:f6',
];

beforeAll(async () => {
  service = await startTestService();
  team = await createTeamFixture(service.repos, { memberCount: 3 });
  other = await createTeamFixture(service.repos);
  const [first, second, third] = team.members;
  if (!first || !second || !third) throw new Error('the fixture has three members');
  [a, b, c] = [first, second, third];
  const client = async (userId: string) =>
    apiClient(service.url, await service.tokenFor(team.tenantId, userId));
  as = { leader: await client(team.leader), a: await client(a), b: await client(b), c: await client(c) };
  await Promise.all([
    recognise('r1', team.leader, [a, b], 10),
    recognise('r3', b, [c], 15),
    giveFeedback('f2', b, a, 'team', 20),
    giveFeedback('f4', b, c, 'private', 25),
    checkIn(a, '2026-W10', 30),
    checkIn(b, '2026-W10', 35),
    giveFeedback('f1', a, b, 'private', 40),
    recognise('r2', a, [c], 50),
    giveFeedback('f3', c, a, 'private', 60),
    // Same instant as A's W09 check-in: a page must never split the two.
    giveFeedback('f5', team.leader, a, 'private', 70),
    checkIn(a, '2026-W09', 70),
    giveFeedback('f6', a, c, 'team', 80),
    // Another team's timeline shares no partition with this one.
    service.repos.feedback.insert({
      tenantId: other.tenantId,
      teamId: other.teamId,
      id: newTimelineId(minutesAgo(5)),
      giverId: other.leader,
      recipientId: a,
      situation: 'Elsewhere',
      behaviour: 'Elsewhere',
      impact: 'Elsewhere',
      visibility: 'team',
      source: 'tab',
      createdAt: minutesAgo(5).toISOString(),
    }),
  ]);
});
afterAll(() => service.close());

describe('a person’s history', () => {
  it('lists feedback given and received, recognition given and received and check-ins, newest first', async () => {
    const res = await history(as.leader, a);
    expect(res.person).toEqual({ userId: a, name: 'Member 1', isLeader: false, active: true });
    expect(res.checkInsVisible).toBe(true);
    expect(labels(res.items)).toEqual(A_FULL);
    expect(res.nextBefore).toBeUndefined();
    const times = res.items.map((item) => Date.parse(item.at));
    expect(times).toEqual([...times].sort((x, y) => y - x));
    expect(res.items[0]?.at).toBe(minutesAgo(10).toISOString());
  });

  it('shows the person themself everything about them', async () => {
    expect(labels((await history(as.a, a)).items)).toEqual(A_FULL);
  });

  it('names a leader as one', async () => {
    expect((await history(as.a, team.leader)).person).toMatchObject({ name: 'Lee Leader', isLeader: true });
  });

  it('carries the full items', async () => {
    const items = (await history(as.a, a)).items;
    const received = items.find((item) => item.kind === 'feedback-received');
    expect(received?.kind === 'feedback-received' && received.feedback).toMatchObject({
      giverId: b,
      recipientId: a,
      situation: 'Situation f2',
      visibility: 'team',
    });
    const checkInItem = items.find((item) => item.kind === 'check-in');
    expect(checkInItem?.kind === 'check-in' && checkInItem.checkIn).toMatchObject({
      userId: a,
      blockers: [{ text: 'Blocker of 2026-W10' }],
    });
  });
});

describe('privacy is enforced by the API', () => {
  it('private feedback between A and B is visible to A, B and a leader', async () => {
    for (const viewer of [as.a, as.b, as.leader]) {
      expect(labels((await history(viewer, a)).items)).toContain('feedback-given:f1');
      expect(labels((await history(viewer, b)).items)).toContain('feedback-received:f1');
    }
  });

  it('and hidden from member C, in A’s history and in B’s', async () => {
    const ofA = await history(as.c, a);
    const ofB = await history(as.c, b);
    expect(labels(ofA.items)).not.toContain('feedback-given:f1');
    expect(labels(ofB.items)).not.toContain('feedback-received:f1');
    expect(JSON.stringify([ofA, ofB])).not.toContain('Situation f1');
  });

  it('a peer sees only team-visible items and what they are party to, and none of the check-ins', async () => {
    const byC = await history(as.c, a);
    expect(byC.checkInsVisible).toBe(false);
    expect(labels(byC.items)).toEqual([
      'recognition-received:r1',
      'feedback-received:f2',
      'recognition-given:r2',
      'feedback-received:f3',
      'feedback-given:f6',
    ]);
    const byB = await history(as.b, a);
    expect(byB.checkInsVisible).toBe(false);
    expect(labels(byB.items)).toEqual([
      'recognition-received:r1',
      'feedback-received:f2',
      'feedback-given:f1',
      'recognition-given:r2',
      'feedback-given:f6',
    ]);
    expect(JSON.stringify([byB, byC])).not.toContain('Blocker of');
  });

  it('a leader sees every member’s check-ins; a member sees their own', async () => {
    expect(labels((await history(as.leader, b)).items)).toContain('check-in:2026-W10');
    expect(labels((await history(as.b, b)).items)).toContain('check-in:2026-W10');
    expect(labels((await history(as.a, b)).items)).not.toContain('check-in:2026-W10');
  });

  it('recognition of others and feedback between others stay out of a person’s history', async () => {
    const all = labels((await history(as.leader, a)).items).join(' ');
    expect(all).not.toMatch(/r3|f4/);
  });
});

describe('paging with limit and before', () => {
  it('pages through the whole history for every limit, with no gap or repeat', async () => {
    for (const limit of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
      const seen: string[] = [];
      let before: string | undefined;
      for (let pages = 0; pages < 20; pages += 1) {
        const query = `?limit=${limit}${before ? `&before=${encodeURIComponent(before)}` : ''}`;
        const page = await history(as.leader, a, query);
        seen.push(...labels(page.items));
        if (page.nextBefore === undefined) break;
        expect(page.nextBefore).toBe(page.items.at(-1)?.at);
        before = page.nextBefore;
      }
      expect(seen, `limit ${limit}`).toEqual(A_FULL);
    }
  });

  it('keeps items of the same instant on one page, even beyond the limit', async () => {
    const first = await history(as.leader, a, '?limit=7');
    expect(labels(first.items)).toEqual(A_FULL.slice(0, 8));
    expect(first.nextBefore).toBe(minutesAgo(70).toISOString());
    const second = await history(as.leader, a, `?limit=7&before=${first.nextBefore}`);
    expect(labels(second.items)).toEqual(A_FULL.slice(8));
    expect(second.nextBefore).toBeUndefined();
  });

  it('before is exclusive, and defaults the limit to 50', async () => {
    const res = await history(as.leader, a, `?before=${minutesAgo(40).toISOString()}`);
    expect(labels(res.items)).toEqual(A_FULL.slice(4));
  });

  it('before the first instant there is nothing', async () => {
    for (const before of ['1970-01-01T00:00:00.000Z', '0001-01-01T00:00:00Z']) {
      const res = await history(as.leader, a, `?before=${before}`);
      expect(res.items).toEqual([]);
      expect(res.nextBefore).toBeUndefined();
    }
  });
});

describe('bad query parameters are 400 naming the field', () => {
  it.each([
    ['limit=0', 'limit'],
    ['limit=201', 'limit'],
    ['limit=abc', 'limit'],
    ['limit=1.5', 'limit'],
    ['limit=-1', 'limit'],
    ['limit=', 'limit'],
    ['limit=1&limit=2', 'limit'],
    ['before=yesterday', 'before'],
    ['before=2026-03-02', 'before'],
    ['before=2026-03-02T09:00:00%2B01:00', 'before'],
    ['limt=5', 'limt'],
  ])('?%s', async (query, field) => {
    const res = await as.a.get(`${apiPaths.history(team.teamId, a)}?${query}`);
    expect(res.status).toBe(400);
    expect(res.error?.code).toBe('invalid_request');
    expect(res.error?.field).toBe(field);
    expect(res.error?.message).toContain(field);
  });

  it('the largest limit is fine', async () => {
    expect(labels((await history(as.a, a, '?limit=200')).items)).toEqual(A_FULL);
  });
});

describe('who can be looked up', () => {
  it('someone not on the team is not found', async () => {
    for (const personId of [team.outsider, userGuid(0xbeef), 'not-a-user-id']) {
      const res = await as.leader.get(apiPaths.history(team.teamId, personId));
      expect(res.status).toBe(404);
      expect(res.error?.code).toBe('not_found');
    }
  });

  it('a person of another team is not found, and nothing of theirs leaks', async () => {
    const res = await as.leader.get(apiPaths.history(team.teamId, other.members[0] ?? ''));
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain('Elsewhere');
    expect(JSON.stringify(await history(as.leader, a))).not.toContain('Elsewhere');
  });

  it('another team’s history is not for this team’s members', async () => {
    const res = await as.a.get(apiPaths.history(other.teamId, other.members[0] ?? ''));
    expect(res.status).toBe(403);
  });

  it('someone who left the team keeps their history', async () => {
    await service.repos.members.update(team, c, (member) => ({ ...member, active: false }));
    const res = await history(as.leader, c);
    expect(res.person).toMatchObject({ userId: c, active: false });
    expect(labels(res.items)).toContain('recognition-received:r2');
  });
});
