import { describe, expect, it } from 'vitest';
import { latestPauseDate, MAX_PAUSE_DAYS, parsePauseUntil } from '../../../shared/rules/pause-until.ts';

/** A Wednesday. */
const TODAY = '2026-06-03';

describe('parsePauseUntil', () => {
  it.each([
    ['2026-07-15', '2026-07-15'],
    ['2026-06-03', '2026-06-03'],
    ['today', '2026-06-03'],
    ['tomorrow', '2026-06-04'],
    ['until 2026-06-20', '2026-06-20'],
  ])('reads the date %j as %s', (text, date) => {
    expect(parsePauseUntil(text, TODAY)).toEqual({ ok: true, date });
  });

  it.each([
    ['1 day', '2026-06-03'],
    ['3 days', '2026-06-05'],
    ['10d', '2026-06-12'],
    ['1 week', '2026-06-09'],
    ['a week', '2026-06-09'],
    ['2 weeks', '2026-06-16'],
    ['two weeks', '2026-06-16'],
    ['2w', '2026-06-16'],
    ['for 3 weeks', '2026-06-23'],
    ['a month', '2026-07-02'],
    ['2 months', '2026-08-02'],
  ])('counts %j from today inclusive, ending %s', (text, date) => {
    expect(parsePauseUntil(text, TODAY)).toEqual({ ok: true, date });
  });

  it.each([
    ['friday', '2026-06-05'],
    ['Fri', '2026-06-05'],
    ['until Saturday', '2026-06-06'],
    ['monday', '2026-06-08'],
    ['wednesday', '2026-06-10'],
    ['  WED  ', '2026-06-10'],
  ])('takes the weekday %j as the coming one: %s (a week on when it is today)', (text, date) => {
    expect(parsePauseUntil(text, TODAY)).toEqual({ ok: true, date });
  });

  it.each([
    ['4 july', '2026-07-04'],
    ['4th Jul', '2026-07-04'],
    ['July 4', '2026-07-04'],
    ['July 4, 2026', '2026-07-04'],
    ['3 june', '2026-06-03'],
    ['sept 1', '2026-09-01'],
    ['Aug. 20', '2026-08-20'],
  ])('reads the day and month %j as %s', (text, date) => {
    expect(parsePauseUntil(text, TODAY)).toEqual({ ok: true, date });
  });

  it('takes a day and month without a year as the next such day, across the new year', () => {
    expect(parsePauseUntil('5 jan', '2026-12-20')).toEqual({ ok: true, date: '2027-01-05' });
    expect(parsePauseUntil('2 weeks', '2026-12-20')).toEqual({ ok: true, date: '2027-01-02' });
  });

  it('ends a month-long pause on the day before the same date, or before the month’s last day', () => {
    expect(parsePauseUntil('1 month', '2026-01-31')).toEqual({ ok: true, date: '2026-02-27' });
    expect(parsePauseUntil('1 month', '2026-12-15')).toEqual({ ok: true, date: '2027-01-14' });
  });

  it.each(['2026-06-02', '2025-12-31', '1 june 2026', 'May 30, 2026'])('refuses %j: in the past', (text) => {
    expect(parsePauseUntil(text, TODAY)).toEqual({ ok: false, problem: 'past' });
  });

  it(`allows ${MAX_PAUSE_DAYS} days ahead and refuses a day more`, () => {
    expect(latestPauseDate(TODAY)).toBe('2026-09-01');
    expect(parsePauseUntil('2026-09-01', TODAY)).toEqual({ ok: true, date: '2026-09-01' });
    for (const text of ['2026-09-02', 'sep 2', '3 months', '2026-12-31', '31 dec', '1 june', '100 days']) {
      expect(parsePauseUntil(text, TODAY), text).toEqual({ ok: false, problem: 'tooFar' });
    }
  });

  it.each([
    '',
    'soon',
    'next year',
    '0 days',
    '-3 days',
    'few weeks',
    '2026/12/31',
    '2026-02-30',
    '31/12/2026',
    'feb 30',
    'ju 4',
    'decx 4',
    '3 mon',
    'friday next week',
  ])('cannot read %j', (text) => {
    expect(parsePauseUntil(text, TODAY)).toEqual({ ok: false, problem: 'format' });
  });
});
