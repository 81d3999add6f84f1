import { addDays, daysBetween, formatIsoDate, isoWeekday, parseIsoDate, type CivilDate } from './week.ts';

/** A vacation pause reaches at most this many days past today: longer absences are a roster matter. */
export const MAX_PAUSE_DAYS = 90;

export type PauseProblem = 'format' | 'past' | 'tooFar';

export type PauseUntil = { ok: true; date: string } | { ok: false; problem: PauseProblem };

const WEEKDAYS: Record<string, number> = {
  mon: 1,
  monday: 1,
  tue: 2,
  tues: 2,
  tuesday: 2,
  wed: 3,
  wednesday: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  fri: 5,
  friday: 5,
  sat: 6,
  saturday: 6,
  sun: 7,
  sunday: 7,
};

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const DURATION = /^(\d{1,3}|[a-z]+)\s*(d|days?|w|wks?|weeks?|months?)$/;
const DAY_MONTH = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?(?:,?\s+(\d{4}))?$/;
const MONTH_DAY = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/;

/**
 * The last day (inclusive) of a check-in pause, from what a person typed after `pause`, relative to their
 * local `today` (`YYYY-MM-DD`):
 * - a date: `2026-12-31`, `31 Dec`, `December 31, 2026` (without a year: the next such day);
 * - a weekday: `friday` is the coming Friday (a week ahead when today is Friday), `today`, `tomorrow`;
 * - a length: `3 days`, `2 weeks`, `a month`, counted from today inclusive, so `2 weeks` from a Monday
 *   ends on the Sunday a fortnight later and the check-in of the Monday after that comes as usual.
 * A leading `until`, `till` or `for` is ignored. Today is allowed; the past and more than MAX_PAUSE_DAYS
 * ahead are not.
 */
export function parsePauseUntil(input: string, today: string): PauseUntil {
  const date = dateOf(normalise(input), parseIsoDate(today));
  if (!date) return { ok: false, problem: 'format' };
  const iso = formatIsoDate(date);
  const ahead = daysBetween(today, iso);
  if (ahead < 0) return { ok: false, problem: 'past' };
  if (ahead > MAX_PAUSE_DAYS) return { ok: false, problem: 'tooFar' };
  return { ok: true, date: iso };
}

/** The furthest day a pause started today may reach. */
export function latestPauseDate(today: string): string {
  return formatIsoDate(addDays(parseIsoDate(today), MAX_PAUSE_DAYS));
}

function normalise(input: string): string {
  return input
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(until|till|til|for) /, '');
}

function dateOf(text: string, today: CivilDate): CivilDate | undefined {
  if (ISO.test(text)) return existing(text);
  if (text === 'today') return today;
  if (text === 'tomorrow') return addDays(today, 1);
  const weekday = WEEKDAYS[text];
  if (weekday !== undefined) return addDays(today, ((weekday - isoWeekday(today) + 6) % 7) + 1);
  const duration = DURATION.exec(text);
  if (duration) return afterDuration(today, duration[1] ?? '', duration[2] ?? '');
  const dayMonth = DAY_MONTH.exec(text);
  if (dayMonth) return calendarDay(today, dayMonth[1], dayMonth[2], dayMonth[3]);
  const monthDay = MONTH_DAY.exec(text);
  if (monthDay) return calendarDay(today, monthDay[2], monthDay[1], monthDay[3]);
  return undefined;
}

function existing(iso: string): CivilDate | undefined {
  try {
    return parseIsoDate(iso);
  } catch {
    return undefined;
  }
}

function afterDuration(today: CivilDate, amount: string, unit: string): CivilDate | undefined {
  const count = /^\d+$/.test(amount) ? Number(amount) : NUMBER_WORDS[amount];
  if (count === undefined || count < 1) return undefined;
  if (unit.startsWith('m')) return addDays(addMonths(today, count), -1);
  const days = unit.startsWith('w') ? count * 7 : count;
  return addDays(today, days - 1);
}

/** The same day `count` months on, or the month's last day when it is shorter (31 Jan + 1 month → 28 Feb). */
function addMonths(date: CivilDate, count: number): CivilDate {
  const months = date.month - 1 + count;
  const year = date.year + Math.floor(months / 12);
  const month = (months % 12) + 1;
  const lastDay = addDays({ year: month === 12 ? year + 1 : year, month: (month % 12) + 1, day: 1 }, -1).day;
  return { year, month, day: Math.min(date.day, lastDay) };
}

function calendarDay(
  today: CivilDate,
  dayText: string | undefined,
  monthText: string | undefined,
  yearText: string | undefined,
): CivilDate | undefined {
  const monthIndex = monthOf(monthText ?? '');
  if (monthIndex < 0) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const at = (year: number) => existing(`${year}-${pad(monthIndex + 1)}-${pad(Number(dayText))}`);
  if (yearText !== undefined) return at(Number(yearText));
  const thisYear = at(today.year);
  if (thisYear && daysBetween(formatIsoDate(today), formatIsoDate(thisYear)) >= 0) return thisYear;
  return at(today.year + 1);
}

/** 0–11 for `dec`, `decem` … `december` (three letters at least) and `sept`; -1 for anything else. */
function monthOf(text: string): number {
  if (text === 'sept') return 8;
  return text.length < 3 ? -1 : MONTH_NAMES.findIndex((name) => name.startsWith(text));
}
