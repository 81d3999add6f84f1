import { describe, expect, it } from 'vitest';
import {
  checkInTimeZone,
  checkInWindowAt,
  scheduledSendOfWeek,
  windowForWeek,
  type CheckInSchedulePart,
} from '../../../shared/rules/check-in-window.ts';
import { nextScheduledSend } from '../../../shared/rules/week.ts';

const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';
const KOLKATA = 'Asia/Kolkata';
const ADELAIDE = 'Australia/Adelaide';

const MONDAY_9: CheckInSchedulePart = {
  frequency: 'weekly',
  weekday: 1,
  localTime: '09:00',
  windowHours: 72,
};

function windowAt(iso: string, timeZone: string, schedule: Partial<CheckInSchedulePart> = {}) {
  const window = checkInWindowAt(new Date(iso), { ...MONDAY_9, ...schedule }, timeZone);
  return {
    week: window.week,
    state: window.state,
    early: window.early,
    opensAt: window.opensAt.toISOString(),
    closesAt: window.closesAt.toISOString(),
    nextOpensAt: window.nextOpensAt.toISOString(),
  };
}

describe('checkInWindowAt, weekly on Monday 09:00 with a 72 h window', () => {
  it('opens the current week early for an on-demand check-in before the send (New York, DST just began)', () => {
    // Monday 9 March 2026, 08:00 EDT: the clocks went forward on Sunday.
    expect(windowAt('2026-03-09T12:00:00Z', NY)).toEqual({
      week: '2026-W11',
      state: 'open',
      early: true,
      opensAt: '2026-03-09T13:00:00.000Z',
      closesAt: '2026-03-12T13:00:00.000Z',
      nextOpensAt: '2026-03-09T13:00:00.000Z',
    });
  });

  it('is open, not early, from the scheduled send until just before the window ends', () => {
    expect(windowAt('2026-03-09T13:00:00Z', NY)).toMatchObject({
      week: '2026-W11',
      state: 'open',
      early: false,
    });
    expect(windowAt('2026-03-12T12:59:59Z', NY)).toMatchObject({
      week: '2026-W11',
      state: 'open',
      closesAt: '2026-03-12T13:00:00.000Z',
    });
  });

  it('is closed at the deadline for the rest of the week, and says when the next one opens', () => {
    expect(windowAt('2026-03-12T13:00:00Z', NY)).toEqual({
      week: '2026-W11',
      state: 'closed',
      early: false,
      opensAt: '2026-03-09T13:00:00.000Z',
      closesAt: '2026-03-12T13:00:00.000Z',
      nextOpensAt: '2026-03-16T13:00:00.000Z',
    });
    // Sunday night, local: still the closed week 11.
    expect(windowAt('2026-03-16T03:00:00Z', NY)).toMatchObject({ week: '2026-W11', state: 'closed' });
  });

  it('counts the window in elapsed hours across a DST change (Berlin, clocks back on 25 October)', () => {
    // Send Monday 19 October 09:00 CEST = 07:00Z; 72 h later is Thursday 07:00Z (09:00 CEST).
    expect(windowAt('2026-10-19T07:00:00Z', BERLIN)).toMatchObject({
      week: '2026-W43',
      state: 'open',
      closesAt: '2026-10-22T07:00:00.000Z',
    });
    // After the change, Monday 09:00 CET is 08:00Z.
    expect(windowAt('2026-10-26T07:59:00Z', BERLIN)).toMatchObject({
      week: '2026-W44',
      state: 'open',
      early: true,
      opensAt: '2026-10-26T08:00:00.000Z',
    });
  });

  it('follows a half-hour zone (Kolkata, UTC+05:30)', () => {
    expect(windowAt('2026-03-09T03:29:00Z', KOLKATA)).toMatchObject({
      week: '2026-W11',
      state: 'open',
      early: true,
      opensAt: '2026-03-09T03:30:00.000Z',
    });
    expect(windowAt('2026-03-12T03:30:00Z', KOLKATA)).toMatchObject({
      week: '2026-W11',
      state: 'closed',
      nextOpensAt: '2026-03-16T03:30:00.000Z',
    });
  });

  it('follows a half-hour zone with DST (Adelaide, +10:30 → +09:30 on 5 April)', () => {
    // Monday 6 April 09:00 ACST (+09:30) is Sunday 23:30Z.
    expect(windowAt('2026-04-05T23:00:00Z', ADELAIDE)).toMatchObject({
      week: '2026-W15',
      state: 'open',
      early: true,
      opensAt: '2026-04-05T23:30:00.000Z',
      closesAt: '2026-04-08T23:30:00.000Z',
    });
    // The week before, the send was at +10:30: Monday 30 March 09:00 = Sunday 29 March 22:30Z.
    expect(windowAt('2026-03-30T00:00:00Z', ADELAIDE)).toMatchObject({
      week: '2026-W14',
      state: 'open',
      opensAt: '2026-03-29T22:30:00.000Z',
    });
  });

  it('uses the member’s zone: the same instant is a different week in Kolkata and New York', () => {
    // Monday 9 March 02:00Z: Monday 07:30 in Kolkata, Sunday 22:00 in New York.
    expect(windowAt('2026-03-09T02:00:00Z', KOLKATA)).toMatchObject({ week: '2026-W11', state: 'open' });
    expect(windowAt('2026-03-09T02:00:00Z', NY)).toMatchObject({ week: '2026-W10', state: 'closed' });
  });
});

describe('checkInWindowAt, other schedules', () => {
  it('keeps a Friday window open into the next ISO week until it closes', () => {
    const friday = { weekday: 5, localTime: '15:00', windowHours: 72 };
    // Friday 6 March 15:00 EST = 20:00Z; 72 h later is Monday 9 March 20:00Z (16:00 EDT, after the change).
    expect(windowAt('2026-03-09T12:00:00Z', NY, friday)).toMatchObject({
      week: '2026-W10',
      state: 'open',
      closesAt: '2026-03-09T20:00:00.000Z',
    });
    // Once it closed, Monday of week 11 opens week 11 early (its send is on Friday).
    expect(windowAt('2026-03-09T20:00:00Z', NY, friday)).toMatchObject({
      week: '2026-W11',
      state: 'open',
      early: true,
      opensAt: '2026-03-13T19:00:00.000Z',
    });
  });

  it('closes biweekly off-weeks and opens the next check-in week early (default anchor 2026-W01)', () => {
    const biweekly = { frequency: 'biweekly' as const };
    // Wednesday of week 2: week 1's window closed, week 2 has no check-in.
    expect(windowAt('2026-01-07T12:00:00Z', 'UTC', biweekly)).toEqual({
      week: '2026-W01',
      state: 'closed',
      early: false,
      opensAt: '2025-12-29T09:00:00.000Z',
      closesAt: '2026-01-01T09:00:00.000Z',
      nextOpensAt: '2026-01-12T09:00:00.000Z',
    });
    expect(windowAt('2026-01-12T08:00:00Z', 'UTC', biweekly)).toMatchObject({
      week: '2026-W03',
      state: 'open',
      early: true,
    });
  });

  it('honours a biweekly anchor week', () => {
    expect(
      windowAt('2026-01-05T10:00:00Z', 'UTC', { frequency: 'biweekly', anchorWeek: '2026-W02' }),
    ).toMatchObject({ week: '2026-W02', state: 'open', early: false });
    expect(
      windowAt('2026-01-12T08:00:00Z', 'UTC', { frequency: 'biweekly', anchorWeek: '2026-W02' }),
    ).toMatchObject({ week: '2026-W02', state: 'closed', nextOpensAt: '2026-01-19T09:00:00.000Z' });
  });

  it('is always open with a full-week window', () => {
    expect(windowAt('2026-03-15T23:00:00Z', 'UTC', { windowHours: 168 })).toMatchObject({
      week: '2026-W11',
      state: 'open',
    });
  });
});

describe('windowForWeek', () => {
  const at = new Date('2026-03-10T12:00:00Z');

  it('answers the current window for the current week', () => {
    expect(windowForWeek('2026-W11', at, MONDAY_9, NY)).toMatchObject({ state: 'open', week: '2026-W11' });
  });

  it('says an earlier week is closed, with its own deadline', () => {
    const past = windowForWeek('2026-W10', at, MONDAY_9, NY);
    expect(past).toMatchObject({ state: 'closed', week: '2026-W10' });
    expect(past.closesAt.toISOString()).toBe('2026-03-05T14:00:00.000Z');
    expect(past.nextOpensAt.toISOString()).toBe('2026-03-16T13:00:00.000Z');
  });

  it('says a later week is upcoming', () => {
    const future = windowForWeek('2026-W13', at, MONDAY_9, NY);
    expect(future).toMatchObject({ state: 'upcoming' });
    expect(future.opensAt.toISOString()).toBe('2026-03-23T13:00:00.000Z');
  });
});

describe('scheduledSendOfWeek and checkInTimeZone', () => {
  it('places the send on the weekday of the week at the local time', () => {
    expect(scheduledSendOfWeek('2026-W11', { ...MONDAY_9, weekday: 3, localTime: '14:30' }, KOLKATA)).toEqual(
      new Date('2026-03-11T09:00:00Z'),
    );
  });

  it('prefers the member’s zone and falls back to the team’s', () => {
    const team = { settings: { timeZone: BERLIN } };
    expect(checkInTimeZone({ timeZone: NY }, team)).toBe(NY);
    expect(checkInTimeZone({}, team)).toBe(BERLIN);
  });
});

describe('checkInWindowAt agrees with nextScheduledSend', () => {
  const zones = ['UTC', NY, BERLIN, KOLKATA, ADELAIDE, 'Pacific/Chatham', 'America/Sao_Paulo'];
  const schedules: CheckInSchedulePart[] = [
    MONDAY_9,
    { frequency: 'weekly', weekday: 7, localTime: '02:30', windowHours: 24 },
    { frequency: 'biweekly', weekday: 3, localTime: '23:45', windowHours: 120 },
    { frequency: 'biweekly', anchorWeek: '2026-W10', weekday: 5, localTime: '00:00', windowHours: 168 },
  ];

  it('on the next opening, and only opens a window at a scheduled send', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 400; i += 1) {
      const now = new Date(Date.UTC(2026, 0, 1) + random() * 365 * 86_400_000);
      const timeZone = zones[i % zones.length]!;
      const schedule = schedules[i % schedules.length]!;
      const window = checkInWindowAt(now, schedule, timeZone);
      const next = nextScheduledSend({ after: now, timeZone, ...schedule });
      expect(window.nextOpensAt).toEqual(next);
      if (!window.early) {
        expect(window.opensAt.getTime()).toBeLessThanOrEqual(now.getTime());
        expect(
          nextScheduledSend({ after: new Date(window.opensAt.getTime() - 1), timeZone, ...schedule }),
        ).toEqual(window.opensAt);
      }
      expect(window.state === 'open').toBe(now < window.closesAt);
    }
  });
});
