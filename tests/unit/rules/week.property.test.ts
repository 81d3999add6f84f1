import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../../../shared/rules/week.ts';
import {
  addDays,
  addWeeks,
  isoWeekKey,
  nextScheduledSend,
  weeksBetween,
  weekStart,
  zonedParts,
  zonedTimeToUtc,
} from '../../../shared/rules/week.ts';

/** Zones with DST in either hemisphere, odd offsets (+05:30, +05:45, +12:45, −03:30) and the extremes. */
const ZONES = [
  'UTC',
  'America/New_York',
  'America/St_Johns',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
] as const;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** The largest DST shift among ZONES: a weekly slot can be 7 days and one hour after the previous one. */
const MAX_DST_SHIFT_MS = HOUR_MS;

const instant = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2037-12-31T00:00:00Z'),
  noInvalidDate: true,
});
const zone = fc.constantFrom(...ZONES);
const pad = (value: number): string => String(value).padStart(2, '0');
const schedule = fc.record({
  weekday: fc.integer({ min: 1, max: 7 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  biweekly: fc.boolean(),
  anchor: instant,
});

/** Brute force, independent of zonedTimeToUtc: does some instant show this wall clock? (Offsets here are multiples of 15 min.) */
function existsLocally(date: CivilDate, hour: number, minute: number, timeZone: string): boolean {
  const asUtc = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  for (let ms = asUtc - 15 * HOUR_MS; ms <= asUtc + 15 * HOUR_MS; ms += 15 * 60_000) {
    const parts = zonedParts(new Date(ms), timeZone);
    if (parts.year === date.year && parts.month === date.month && parts.day === date.day) {
      if (parts.hour === hour && parts.minute === minute) return true;
    }
  }
  return false;
}

interface Schedule {
  weekday: number;
  hour: number;
  minute: number;
  biweekly: boolean;
  anchorWeek: string;
}

/** Checks one send against the contract; returns whether its wall time fell in a DST gap. */
function checkSend(after: Date, timeZone: string, s: Schedule): boolean {
  const periodDays = s.biweekly ? 14 : 7;
  const result = nextScheduledSend({
    after,
    timeZone,
    weekday: s.weekday,
    localTime: `${pad(s.hour)}:${pad(s.minute)}`,
    frequency: s.biweekly ? 'biweekly' : 'weekly',
    anchorWeek: s.anchorWeek,
  });
  const gap = result.getTime() - after.getTime();
  expect(gap).toBeGreaterThan(0);
  expect(gap).toBeLessThanOrEqual(periodDays * DAY_MS + MAX_DST_SHIFT_MS);

  const parts = zonedParts(result, timeZone);
  expect(parts.weekday).toBe(s.weekday);
  const inGap = parts.hour !== s.hour || parts.minute !== s.minute;
  if (inGap) {
    expect(existsLocally(parts, s.hour, s.minute, timeZone)).toBe(false);
    expect(parts.hour * 60 + parts.minute).toBeGreaterThan(s.hour * 60 + s.minute);
  }
  if (s.biweekly) expect(Math.abs(weeksBetween(s.anchorWeek, isoWeekKey(result, timeZone))) % 2).toBe(0);

  // Nothing earlier qualified: the previous slot of the same rhythm is not after `after`.
  const previousDate = addDays(parts, -periodDays);
  const previousSlot = zonedTimeToUtc({ ...previousDate, hour: s.hour, minute: s.minute }, timeZone);
  expect(previousSlot.getTime()).toBeLessThanOrEqual(after.getTime());
  return inGap;
}

/** DST changes in 2026, to aim sends at gaps and overlaps. */
const TRANSITIONS = [
  ['America/New_York', '2026-03-08T07:00:00Z'],
  ['America/New_York', '2026-11-01T06:00:00Z'],
  ['America/St_Johns', '2026-03-08T05:30:00Z'],
  ['Europe/Berlin', '2026-03-29T01:00:00Z'],
  ['Europe/Berlin', '2026-10-25T01:00:00Z'],
  ['Australia/Lord_Howe', '2026-10-03T15:30:00Z'],
  ['Pacific/Chatham', '2026-04-04T14:00:00Z'],
  ['Pacific/Chatham', '2026-09-26T14:00:00Z'],
] as const;

describe('nextScheduledSend properties', () => {
  it('is strictly after `after`, within one period, on the requested wall clock, and the first such slot', () => {
    fc.assert(
      fc.property(instant, zone, schedule, (after, timeZone, s) => {
        checkSend(after, timeZone, { ...s, anchorWeek: isoWeekKey(s.anchor, 'UTC') });
      }),
      { numRuns: 300 },
    );
  });

  it('holds around DST changes, including times inside the gap', () => {
    let gaps = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...TRANSITIONS),
        fc.integer({ min: -8 * 24 * 60, max: 60 }),
        fc.integer({ min: 0, max: 4 * 60 - 1 }),
        fc.boolean(),
        ([timeZone, change], minutesFromChange, localMinutes, biweekly) => {
          const changeAt = new Date(change);
          const s = {
            weekday: zonedParts(changeAt, timeZone).weekday,
            hour: Math.floor(localMinutes / 60),
            minute: localMinutes % 60,
            biweekly,
            anchorWeek: isoWeekKey(changeAt, timeZone),
          };
          if (checkSend(new Date(changeAt.getTime() + minutesFromChange * 60_000), timeZone, s)) gaps += 1;
        },
      ),
      { numRuns: 400 },
    );
    expect(gaps).toBeGreaterThan(0);
  });
});

describe('zone conversion properties', () => {
  it('round-trips wall clocks, choosing the earlier instant when a time occurs twice', () => {
    fc.assert(
      fc.property(instant, zone, (at, timeZone) => {
        const minute = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
        const parts = zonedParts(minute, timeZone);
        const back = zonedTimeToUtc(parts, timeZone);
        expect(zonedParts(back, timeZone)).toEqual(parts);
        expect(back.getTime()).toBeLessThanOrEqual(minute.getTime());
      }),
      { numRuns: 300 },
    );
  });

  it('places every instant inside the local week its key names', () => {
    fc.assert(
      fc.property(instant, zone, (at, timeZone) => {
        const week = isoWeekKey(at, timeZone);
        expect(weekStart(week, timeZone).getTime()).toBeLessThanOrEqual(at.getTime());
        expect(weekStart(addWeeks(week, 1), timeZone).getTime()).toBeGreaterThan(at.getTime());
      }),
      { numRuns: 200 },
    );
  });

  it('adds and counts weeks consistently', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -600, max: 600 }), (at, weeks) => {
        const week = isoWeekKey(at, 'UTC');
        expect(weeksBetween(week, addWeeks(week, weeks))).toBe(weeks);
      }),
    );
  });
});
