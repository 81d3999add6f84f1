import { describe, expect, it } from 'vitest';
import {
  addWeeks,
  areAdjacentWeeks,
  daysBetween,
  isNextWeek,
  isoWeekKey,
  isoWeeksInYear,
  isWeekKey,
  localDate,
  nextScheduledSend,
  nextWeekKey,
  previousWeekKey,
  weekKeyOfDate,
  weeksBetween,
  weekStart,
  zonedParts,
  zonedTimeToUtc,
} from '../../../shared/rules/week.ts';

const NY = 'America/New_York';
const KOLKATA = 'Asia/Kolkata';
const CHATHAM = 'Pacific/Chatham';

const at = (iso: string): Date => new Date(iso);
const iso = (date: Date): string => date.toISOString();

describe('zonedParts', () => {
  it('reads the wall clock either side of the New York spring-forward', () => {
    expect(zonedParts(at('2026-03-08T06:59:00Z'), NY)).toEqual({
      year: 2026,
      month: 3,
      day: 8,
      hour: 1,
      minute: 59,
      weekday: 7,
    });
    expect(zonedParts(at('2026-03-08T07:00:00Z'), NY)).toMatchObject({ hour: 3, minute: 0 });
  });

  it('shows 01:30 twice on the New York fall-back day', () => {
    expect(zonedParts(at('2026-11-01T05:30:00Z'), NY)).toMatchObject({ day: 1, hour: 1, minute: 30 });
    expect(zonedParts(at('2026-11-01T06:30:00Z'), NY)).toMatchObject({ day: 1, hour: 1, minute: 30 });
  });

  it('handles a half-hour zone and midnight as hour 0', () => {
    expect(zonedParts(at('2026-01-01T00:00:00Z'), KOLKATA)).toEqual({
      year: 2026,
      month: 1,
      day: 1,
      hour: 5,
      minute: 30,
      weekday: 4,
    });
    expect(zonedParts(at('2026-01-05T00:00:00Z'), 'UTC')).toMatchObject({ hour: 0, weekday: 1 });
  });

  it('follows Chatham (+13:45 → +12:45) across the end of its DST', () => {
    expect(zonedParts(at('2026-04-04T13:59:00Z'), CHATHAM)).toMatchObject({ day: 5, hour: 3, minute: 44 });
    expect(zonedParts(at('2026-04-04T14:00:00Z'), CHATHAM)).toMatchObject({
      day: 5,
      hour: 2,
      minute: 45,
      weekday: 7,
    });
  });

  it('rejects an unknown time zone and an invalid date', () => {
    expect(() => zonedParts(at('2026-01-01T00:00:00Z'), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => zonedParts(new Date(NaN), 'UTC')).toThrow(RangeError);
  });
});

describe('zonedTimeToUtc', () => {
  const local = (year: number, month: number, day: number, hour: number, minute: number) => ({
    year,
    month,
    day,
    hour,
    minute,
  });

  it('converts ordinary times in New York, Kolkata and Chatham', () => {
    expect(iso(zonedTimeToUtc(local(2026, 1, 15, 9, 0), NY))).toBe('2026-01-15T14:00:00.000Z');
    expect(iso(zonedTimeToUtc(local(2026, 7, 15, 9, 0), NY))).toBe('2026-07-15T13:00:00.000Z');
    expect(iso(zonedTimeToUtc(local(2026, 6, 15, 9, 0), KOLKATA))).toBe('2026-06-15T03:30:00.000Z');
    expect(iso(zonedTimeToUtc(local(2026, 1, 15, 9, 0), CHATHAM))).toBe('2026-01-14T19:15:00.000Z');
    expect(iso(zonedTimeToUtc(local(2026, 6, 1, 9, 0), CHATHAM))).toBe('2026-05-31T20:15:00.000Z');
  });

  it('moves a time in the New York spring-forward gap forward by the gap (02:30 → 03:30 EDT)', () => {
    const result = zonedTimeToUtc(local(2026, 3, 8, 2, 30), NY);
    expect(iso(result)).toBe('2026-03-08T07:30:00.000Z');
    expect(zonedParts(result, NY)).toMatchObject({ hour: 3, minute: 30 });
    expect(iso(zonedTimeToUtc(local(2026, 3, 8, 2, 0), NY))).toBe('2026-03-08T07:00:00.000Z');
    expect(iso(zonedTimeToUtc(local(2026, 3, 8, 1, 59), NY))).toBe('2026-03-08T06:59:00.000Z');
    expect(iso(zonedTimeToUtc(local(2026, 3, 8, 3, 0), NY))).toBe('2026-03-08T07:00:00.000Z');
  });

  it('picks the earlier instant for 01:30 on the New York fall-back day', () => {
    expect(iso(zonedTimeToUtc(local(2026, 11, 1, 1, 30), NY))).toBe('2026-11-01T05:30:00.000Z');
    expect(iso(zonedTimeToUtc(local(2026, 11, 1, 1, 0), NY))).toBe('2026-11-01T05:00:00.000Z');
    expect(iso(zonedTimeToUtc(local(2026, 11, 1, 0, 59), NY))).toBe('2026-11-01T04:59:00.000Z');
    expect(iso(zonedTimeToUtc(local(2026, 11, 1, 2, 0), NY))).toBe('2026-11-01T07:00:00.000Z');
  });

  it('handles the Chatham gap (02:45–03:45 on 2026-09-27) and overlap (2026-04-05)', () => {
    expect(iso(zonedTimeToUtc(local(2026, 9, 27, 2, 44), CHATHAM))).toBe('2026-09-26T13:59:00.000Z');
    expect(iso(zonedTimeToUtc(local(2026, 9, 27, 3, 0), CHATHAM))).toBe('2026-09-26T14:15:00.000Z');
    expect(iso(zonedTimeToUtc(local(2026, 9, 27, 3, 45), CHATHAM))).toBe('2026-09-26T14:00:00.000Z');
    expect(iso(zonedTimeToUtc(local(2026, 4, 5, 3, 0), CHATHAM))).toBe('2026-04-04T13:15:00.000Z');
  });

  it('round-trips every quarter hour of both New York DST days', () => {
    for (const day of [
      { month: 3, day: 8 },
      { month: 11, day: 1 },
    ]) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const wall = local(2026, day.month, day.day, Math.floor(minutes / 60), minutes % 60);
        const inGap = day.month === 3 && wall.hour === 2;
        const back = zonedParts(zonedTimeToUtc(wall, NY), NY);
        expect(back).toMatchObject(inGap ? { ...wall, hour: 3 } : wall);
      }
    }
  });
});

describe('localDate and daysBetween', () => {
  it('gives the local calendar date', () => {
    expect(localDate(at('2026-03-08T04:59:00Z'), NY)).toBe('2026-03-07');
    expect(localDate(at('2026-03-08T05:00:00Z'), NY)).toBe('2026-03-08');
    expect(localDate(at('2026-01-31T18:30:00Z'), KOLKATA)).toBe('2026-02-01');
    expect(localDate(at('2026-12-31T10:14:00Z'), CHATHAM)).toBe('2026-12-31');
    expect(localDate(at('2026-12-31T10:15:00Z'), CHATHAM)).toBe('2027-01-01');
  });

  it('counts whole days between dates', () => {
    expect(daysBetween('2026-03-01', '2026-03-08')).toBe(7);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-08', '2026-03-01')).toBe(-7);
    expect(daysBetween('2026-05-05', '2026-05-05')).toBe(0);
  });

  it('refuses malformed or non-existent dates', () => {
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(RangeError);
    expect(() => daysBetween('2026-3-1', '2026-03-01')).toThrow(RangeError);
    expect(() => daysBetween('2026-03-01T00:00:00Z', '2026-03-02')).toThrow(RangeError);
  });
});

describe('ISO week keys', () => {
  it.each([
    ['2027-01-01', '2026-W53'],
    ['2025-12-29', '2026-W01'],
    ['2026-01-01', '2026-W01'],
    ['2026-01-04', '2026-W01'],
    ['2026-01-05', '2026-W02'],
    ['2026-12-28', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
    ['2020-12-31', '2020-W53'],
    ['2025-12-28', '2025-W52'],
  ])('%s is in %s', (date, week) => {
    expect(weekKeyOfDate(date)).toBe(week);
    expect(isoWeekKey(at(`${date}T12:00:00Z`), 'UTC')).toBe(week);
  });

  it('uses the local date of the instant', () => {
    expect(isoWeekKey(at('2027-01-03T20:00:00Z'), 'UTC')).toBe('2026-W53');
    expect(isoWeekKey(at('2027-01-03T20:00:00Z'), KOLKATA)).toBe('2027-W01');
    expect(isoWeekKey(at('2027-01-04T03:00:00Z'), 'UTC')).toBe('2027-W01');
    expect(isoWeekKey(at('2027-01-04T03:00:00Z'), NY)).toBe('2026-W53');
    expect(isoWeekKey(at('2025-12-28T23:00:00Z'), 'UTC')).toBe('2025-W52');
    expect(isoWeekKey(at('2025-12-28T23:00:00Z'), CHATHAM)).toBe('2026-W01');
  });

  it('knows which years have 53 weeks', () => {
    expect([2009, 2015, 2020, 2026, 2032].map(isoWeeksInYear)).toEqual([53, 53, 53, 53, 53]);
    expect([2021, 2024, 2025, 2027].map(isoWeeksInYear)).toEqual([52, 52, 52, 52]);
    expect(isWeekKey('2026-W53')).toBe(true);
    expect(isWeekKey('2025-W53')).toBe(false);
    expect(isWeekKey('2026-W00')).toBe(false);
    expect(isWeekKey('2026-5')).toBe(false);
  });
});

describe('weekStart', () => {
  it('is Monday 00:00 local', () => {
    expect(iso(weekStart('2026-W01', 'UTC'))).toBe('2025-12-29T00:00:00.000Z');
    expect(iso(weekStart('2026-W53', 'UTC'))).toBe('2026-12-28T00:00:00.000Z');
    expect(iso(weekStart('2026-W10', NY))).toBe('2026-03-02T05:00:00.000Z');
    expect(iso(weekStart('2026-W11', NY))).toBe('2026-03-09T04:00:00.000Z');
    expect(iso(weekStart('2026-W45', NY))).toBe('2026-11-02T05:00:00.000Z');
    expect(iso(weekStart('2026-W02', KOLKATA))).toBe('2026-01-04T18:30:00.000Z');
    expect(iso(weekStart('2026-W15', CHATHAM))).toBe('2026-04-05T11:15:00.000Z');
  });

  it('starts the week that isoWeekKey reports', () => {
    for (const zone of ['UTC', NY, KOLKATA, CHATHAM]) {
      for (const week of [
        '2026-W01',
        '2026-W10',
        '2026-W11',
        '2026-W44',
        '2026-W45',
        '2026-W53',
        '2027-W01',
      ]) {
        const start = weekStart(week, zone);
        expect(isoWeekKey(start, zone)).toBe(week);
        expect(isoWeekKey(new Date(start.getTime() - 1), zone)).toBe(previousWeekKey(week));
      }
    }
  });

  it('refuses weeks that do not exist', () => {
    expect(() => weekStart('2025-W53', 'UTC')).toThrow(RangeError);
    expect(() => weekStart('2026-W54', 'UTC')).toThrow(RangeError);
    expect(() => weekStart('2026-W1', 'UTC')).toThrow(RangeError);
  });
});

describe('week adjacency', () => {
  it('steps across year boundaries, including 53-week years', () => {
    expect(nextWeekKey('2026-W53')).toBe('2027-W01');
    expect(previousWeekKey('2027-W01')).toBe('2026-W53');
    expect(nextWeekKey('2025-W52')).toBe('2026-W01');
    expect(addWeeks('2026-W01', 52)).toBe('2026-W53');
    expect(addWeeks('2026-W01', 53)).toBe('2027-W01');
    expect(addWeeks('2026-W10', 0)).toBe('2026-W10');
  });

  it('counts weeks between keys', () => {
    expect(weeksBetween('2026-W53', '2027-W01')).toBe(1);
    expect(weeksBetween('2025-W52', '2026-W01')).toBe(1);
    expect(weeksBetween('2026-W52', '2027-W01')).toBe(2);
    expect(weeksBetween('2027-W01', '2026-W53')).toBe(-1);
    expect(weeksBetween('2026-W01', '2027-W01')).toBe(53);
  });

  it('tells consecutive weeks apart from gaps', () => {
    expect(isNextWeek('2026-W53', '2027-W01')).toBe(true);
    expect(isNextWeek('2026-W52', '2027-W01')).toBe(false);
    expect(isNextWeek('2027-W01', '2026-W53')).toBe(false);
    expect(isNextWeek('2026-W05', '2026-W05')).toBe(false);
    expect(areAdjacentWeeks('2027-W01', '2026-W53')).toBe(true);
    expect(areAdjacentWeeks('2026-W05', '2026-W07')).toBe(false);
  });
});

describe('nextScheduledSend', () => {
  const monday9 = { weekday: 1, localTime: '09:00' } as const;
  const send = (
    after: string,
    timeZone: string,
    options: Partial<Parameters<typeof nextScheduledSend>[0]> = {},
  ) => iso(nextScheduledSend({ after: at(after), timeZone, ...monday9, ...options }));

  it('sends Monday 09:00 New York at 14:00Z before spring forward and 13:00Z after it', () => {
    expect(send('2026-03-01T12:00:00Z', NY)).toBe('2026-03-02T14:00:00.000Z');
    expect(send('2026-03-07T12:00:00Z', NY)).toBe('2026-03-09T13:00:00.000Z');
    expect(send('2026-03-02T14:00:00Z', NY)).toBe('2026-03-09T13:00:00.000Z');
    expect(send('2026-03-02T13:59:59.999Z', NY)).toBe('2026-03-02T14:00:00.000Z');
  });

  it('sends Monday 09:00 New York at 13:00Z before fall back and 14:00Z after it', () => {
    expect(send('2026-10-25T12:00:00Z', NY)).toBe('2026-10-26T13:00:00.000Z');
    expect(send('2026-10-26T13:00:00Z', NY)).toBe('2026-11-02T14:00:00.000Z');
    expect(send('2026-10-31T12:00:00Z', NY)).toBe('2026-11-02T14:00:00.000Z');
  });

  it('sends on the DST Sundays themselves', () => {
    expect(send('2026-03-07T00:00:00Z', NY, { weekday: 7 })).toBe('2026-03-08T13:00:00.000Z');
    expect(send('2026-10-31T00:00:00Z', NY, { weekday: 7 })).toBe('2026-11-01T14:00:00.000Z');
  });

  it('moves a 02:30 send on 2026-03-08 (in the gap) to 03:30 EDT', () => {
    const gap = { weekday: 7, localTime: '02:30' };
    expect(send('2026-03-07T00:00:00Z', NY, gap)).toBe('2026-03-08T07:30:00.000Z');
    expect(send('2026-03-08T07:30:00Z', NY, gap)).toBe('2026-03-15T06:30:00.000Z');
  });

  it('sends 01:30 on 2026-11-01 once, at the first occurrence', () => {
    const twice = { weekday: 7, localTime: '01:30' };
    expect(send('2026-10-31T00:00:00Z', NY, twice)).toBe('2026-11-01T05:30:00.000Z');
    // The second 01:30 (06:30Z) is the same scheduled slot, so the next send is a week later.
    expect(send('2026-11-01T05:30:00Z', NY, twice)).toBe('2026-11-08T06:30:00.000Z');
  });

  it('uses the local date of `after`, not the UTC one (Kolkata, +05:30)', () => {
    expect(send('2026-01-04T20:00:00Z', KOLKATA)).toBe('2026-01-05T03:30:00.000Z');
    expect(send('2026-01-05T03:29:00Z', KOLKATA)).toBe('2026-01-05T03:30:00.000Z');
    expect(send('2026-01-05T03:30:00Z', KOLKATA)).toBe('2026-01-12T03:30:00.000Z');
    expect(send('2026-01-05T00:00:00Z', KOLKATA, { weekday: 5, localTime: '17:00' })).toBe(
      '2026-01-09T11:30:00.000Z',
    );
  });

  it('follows Chatham across both of its 2026 DST changes', () => {
    expect(send('2026-03-29T00:00:00Z', CHATHAM)).toBe('2026-03-29T19:15:00.000Z');
    expect(send('2026-03-29T19:15:00Z', CHATHAM)).toBe('2026-04-05T20:15:00.000Z');
    expect(send('2026-09-20T00:00:00Z', CHATHAM)).toBe('2026-09-20T20:15:00.000Z');
    expect(send('2026-09-20T20:15:00Z', CHATHAM)).toBe('2026-09-27T19:15:00.000Z');
    expect(send('2026-09-26T00:00:00Z', CHATHAM, { weekday: 7, localTime: '03:00' })).toBe(
      '2026-09-26T14:15:00.000Z',
    );
    expect(send('2026-04-04T00:00:00Z', CHATHAM, { weekday: 7, localTime: '03:00' })).toBe(
      '2026-04-04T13:15:00.000Z',
    );
  });

  it('sends biweekly only in weeks an even distance from the anchor', () => {
    const biweekly = { frequency: 'biweekly', anchorWeek: '2026-W10' } as const;
    expect(send('2026-03-01T00:00:00Z', NY, biweekly)).toBe('2026-03-02T14:00:00.000Z');
    expect(send('2026-03-03T00:00:00Z', NY, biweekly)).toBe('2026-03-16T13:00:00.000Z');
    expect(send('2026-03-02T14:00:00Z', NY, biweekly)).toBe('2026-03-16T13:00:00.000Z');
    expect(send('2026-02-24T00:00:00Z', NY, biweekly)).toBe('2026-03-02T14:00:00.000Z');
  });

  it('counts biweekly distance across a 53-week year, not by week number parity', () => {
    const options = { frequency: 'biweekly', anchorWeek: '2026-W52' } as const;
    expect(send('2026-12-22T00:00:00Z', 'UTC', options)).toBe('2027-01-04T09:00:00.000Z');
  });

  it('anchors biweekly schedules without an anchor on 2026-W01', () => {
    expect(send('2026-01-06T00:00:00Z', 'UTC', { frequency: 'biweekly' })).toBe('2026-01-12T09:00:00.000Z');
    expect(send('2026-01-01T00:00:00Z', 'UTC', { frequency: 'biweekly' })).toBe('2026-01-12T09:00:00.000Z');
  });

  it('refuses invalid schedules', () => {
    expect(() => send('2026-01-01T00:00:00Z', 'UTC', { weekday: 0 })).toThrow(RangeError);
    expect(() => send('2026-01-01T00:00:00Z', 'UTC', { weekday: 8 })).toThrow(RangeError);
    expect(() => send('2026-01-01T00:00:00Z', 'UTC', { localTime: '9:00' })).toThrow(RangeError);
    expect(() => send('2026-01-01T00:00:00Z', 'UTC', { localTime: '24:00' })).toThrow(RangeError);
    expect(() => send('2026-01-01T00:00:00Z', 'Nowhere/City')).toThrow(RangeError);
    expect(() =>
      send('2026-01-01T00:00:00Z', 'UTC', { frequency: 'biweekly', anchorWeek: '2025-W53' }),
    ).toThrow(RangeError);
  });
});
