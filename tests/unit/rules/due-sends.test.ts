import { describe, expect, it } from 'vitest';
import { TeamSettingsSchema, type TeamSettings } from '../../../shared/domain/team.ts';
import {
  dueSends,
  openWeeks,
  SUMMARY_CATCH_UP_MS,
  type DueMember,
  type DueSend,
  type DueTeam,
} from '../../../shared/rules/due-sends.ts';
import { localDate, zonedParts } from '../../../shared/rules/week.ts';

const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';
const ADELAIDE = 'Australia/Adelaide';
const KOLKATA = 'Asia/Kolkata';
const ZONES = [NY, BERLIN, ADELAIDE, KOLKATA];
const LEADER = '00000000-0000-4000-8000-0000000000aa';
const STEP_MS = 15 * 60_000;
const HOUR_MS = 3_600_000;

function teamWith(settings: Partial<TeamSettings> = {}): DueTeam {
  return {
    active: true,
    createdAt: '2026-01-01T00:00:00.000Z',
    settings: TeamSettingsSchema.parse({ timeZone: BERLIN, leaders: [LEADER], ...settings }),
  };
}

function member(userId: string, timeZone: string | undefined, extra: Partial<DueMember> = {}): DueMember {
  return { userId, active: true, timeZone, ...extra };
}

function keyOf(send: DueSend): string {
  return `${send.week}|${send.kind}|${'userId' in send ? send.userId : 'team'}`;
}

/**
 * Ticks a controllable clock every 15 minutes (09:00 in a half-hour zone is on that grid) and records the
 * first instant each send key was due, and how many distinct keys there were.
 */
function simulate(
  team: DueTeam,
  members: DueMember[],
  from: string,
  to: string,
  answered: { week: string; userId: string }[] = [],
): Map<string, Date> {
  const first = new Map<string, Date>();
  for (let t = Date.parse(from); t < Date.parse(to); t += STEP_MS) {
    const now = new Date(t);
    for (const send of dueSends({ team, members, answered, now })) {
      if (!first.has(keyOf(send))) first.set(keyOf(send), now);
    }
  }
  return first;
}

function firstDue(first: Map<string, Date>, kind: DueSend['kind'], userId = 'team'): Record<string, string> {
  return Object.fromEntries(
    [...first]
      .filter(([key]) => key.endsWith(`|${kind}|${userId}`))
      .map(([key, at]) => [key.split('|')[0], at.toISOString()]),
  );
}

describe('dueSends across time zones and DST changes (weekly, Monday 09:00, 72 h, reminder at 80 %)', () => {
  // Weeks 10–15 of 2026: New York springs forward on 8 March, Berlin on 29 March, Adelaide falls back on
  // 5 April; Kolkata (+05:30) never changes. The leader has no zone of their own: the team's (Berlin).
  const members = ZONES.map((zone) => member(zone, zone));
  const first = simulate(
    teamWith(),
    [...members, member(LEADER, undefined)],
    '2026-03-01T00:00:00Z',
    '2026-04-12T12:00:00Z',
  );

  it.each(ZONES)('sends the check-in at 09:00 Monday on the member’s own clock, every week (%s)', (zone) => {
    const sends = Object.values(firstDue(first, 'checkin', zone)).map((iso) => new Date(iso));
    expect(sends).toHaveLength(6);
    for (const at of sends) expect(zonedParts(at, zone)).toMatchObject({ weekday: 1, hour: 9, minute: 0 });
  });

  it('follows each DST change in UTC: the instants move by the offset change', () => {
    expect(firstDue(first, 'checkin', NY)).toMatchObject({
      '2026-W10': '2026-03-02T14:00:00.000Z',
      '2026-W11': '2026-03-09T13:00:00.000Z',
    });
    expect(firstDue(first, 'checkin', BERLIN)).toMatchObject({
      '2026-W13': '2026-03-23T08:00:00.000Z',
      '2026-W14': '2026-03-30T07:00:00.000Z',
    });
    expect(firstDue(first, 'checkin', ADELAIDE)).toMatchObject({
      '2026-W14': '2026-03-29T22:30:00.000Z',
      '2026-W15': '2026-04-05T23:30:00.000Z',
    });
    expect(firstDue(first, 'checkin', KOLKATA)).toMatchObject({
      '2026-W10': '2026-03-02T03:30:00.000Z',
      '2026-W15': '2026-04-06T03:30:00.000Z',
    });
  });

  it('reminds non-responders once, 80 % into their window (57.6 h after their send)', () => {
    for (const zone of ZONES) {
      const checkins = firstDue(first, 'checkin', zone);
      const reminders = firstDue(first, 'reminder', zone);
      expect(Object.keys(reminders)).toEqual(Object.keys(checkins));
      for (const [week, sentAt] of Object.entries(checkins)) {
        const due = Date.parse(sentAt) + 0.8 * 72 * HOUR_MS;
        const seen = Date.parse(reminders[week] ?? '');
        expect(seen - due).toBeGreaterThanOrEqual(0);
        expect(seen - due).toBeLessThan(STEP_MS);
      }
    }
  });

  it('posts the summary and the leader’s digest when the team’s window closes (team clock, Berlin)', () => {
    const summaries = firstDue(first, 'summary');
    expect(summaries).toMatchObject({
      '2026-W13': '2026-03-26T08:00:00.000Z',
      '2026-W14': '2026-04-02T07:00:00.000Z',
    });
    expect(firstDue(first, 'digest', LEADER)).toEqual(summaries);
  });

  it('counts each key once: six weeks, five members, no other sends', () => {
    const kinds = [...first.keys()].map((key) => key.split('|')[1]);
    expect(kinds.filter((kind) => kind === 'checkin')).toHaveLength(30);
    expect(kinds.filter((kind) => kind === 'reminder')).toHaveLength(30);
    // Week 9 closed on 26 February, still within its catch-up period on 1 March; weeks 10–15 close inside.
    expect(kinds.filter((kind) => kind === 'summary')).toHaveLength(7);
    expect(kinds.filter((kind) => kind === 'digest')).toHaveLength(7);
    expect(kinds).toHaveLength(74);
  });
});

describe('dueSends for people who answered, paused, left, or a biweekly team', () => {
  const team = teamWith();
  const from = '2026-03-08T00:00:00Z';
  const to = '2026-03-15T00:00:00Z';

  it('reminds only those without a check-in for the week', () => {
    const people = [member('answered', NY), member('silent', NY)];
    const first = simulate(team, people, from, to, [{ week: '2026-W11', userId: 'answered' }]);
    expect(firstDue(first, 'checkin', 'answered')).toHaveProperty('2026-W11');
    expect(firstDue(first, 'reminder', 'answered')).toEqual({});
    expect(firstDue(first, 'reminder', 'silent')).toHaveProperty('2026-W11');
  });

  it('skips members who left, and members paused on their local date; a resumed member is picked up again', () => {
    const people = [
      member('left', KOLKATA, { active: false }),
      member('paused', KOLKATA, { pausedUntil: '2026-03-09' }),
      // Paused through Monday in Kolkata: resumes on Tuesday, while the window is still open.
      member('resumes', KOLKATA, { pausedUntil: '2026-03-09' }),
    ];
    const first = simulate(team, people, from, to);
    expect(firstDue(first, 'checkin', 'left')).toEqual({});
    const resumed = firstDue(first, 'checkin', 'paused');
    expect(resumed).toEqual(firstDue(first, 'checkin', 'resumes'));
    const [at] = Object.values(resumed);
    expect(localDate(new Date(at ?? ''), KOLKATA)).toBe('2026-03-10');
    expect(zonedParts(new Date(at ?? ''), KOLKATA)).toMatchObject({ hour: 0, minute: 0 });
  });

  it('is silent for a paused-through-the-window member and for an inactive team', () => {
    const paused = member('away', BERLIN, { pausedUntil: '2026-03-31' });
    const sends = [...simulate(team, [paused], from, to).keys()];
    expect(sends).toEqual(['2026-W10|summary|team', '2026-W11|summary|team']);
    const removed = { ...team, active: false };
    expect(simulate(removed, [member('x', BERLIN)], from, to).size).toBe(0);
  });

  it('skips the off-weeks of a biweekly team', () => {
    const biweekly = teamWith({
      checkIn: { ...team.settings.checkIn, frequency: 'biweekly', anchorWeek: '2026-W11' },
    });
    const first = simulate(biweekly, [member('m', BERLIN)], '2026-03-01T00:00:00Z', '2026-04-06T00:00:00Z');
    expect(Object.keys(firstDue(first, 'checkin', 'm'))).toEqual(['2026-W11', '2026-W13']);
    expect(Object.keys(firstDue(first, 'summary'))).toEqual(['2026-W09', '2026-W11', '2026-W13']);
  });

  it('stays due through a long outage until the window closes (catch-up), and not after', () => {
    const people = [member('m', ADELAIDE)];
    const late = dueSends({ team, members: people, answered: [], now: new Date('2026-03-11T20:00:00Z') });
    expect(late.map(keyOf)).toEqual(['2026-W11|checkin|m', '2026-W11|reminder|m']);
    const closed = dueSends({ team, members: people, answered: [], now: new Date('2026-03-12T23:00:00Z') });
    expect(closed.filter((send) => send.kind !== 'summary' && send.kind !== 'digest')).toEqual([]);
    expect(openWeeks(team, people, new Date('2026-03-11T20:00:00Z'))).toEqual(['2026-W11']);
  });

  it('sends a summary only within its catch-up period, and never for a week before the install', () => {
    const closesAt = Date.parse('2026-03-12T08:00:00Z');
    const at = (ms: number) => dueSends({ team, members: [], answered: [], now: new Date(ms) });
    expect(at(closesAt).map(keyOf)).toEqual(['2026-W11|summary|team']);
    expect(at(closesAt + SUMMARY_CATCH_UP_MS - 1).map(keyOf)).toEqual(['2026-W11|summary|team']);
    expect(at(closesAt + SUMMARY_CATCH_UP_MS)).toEqual([]);
    const fresh = { ...team, installedAt: '2026-03-13T10:00:00.000Z' };
    expect(
      dueSends({ team: fresh, members: [], answered: [], now: new Date(closesAt + HOUR_MS * 30) }),
    ).toEqual([]);
  });
});
