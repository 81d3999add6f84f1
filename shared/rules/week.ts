/**
 * Week and time-zone math without libraries. Wall-clock parts come from `Intl.DateTimeFormat` with a
 * `timeZone`; local → UTC conversion tries the zone's offsets around the target and checks each one.
 * Every function throws a RangeError for an unknown time zone or a malformed key/date.
 */

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export interface ZonedParts extends LocalDateTime {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export interface IsoWeek {
  year: number;
  week: number;
}

export interface ScheduledSendInput {
  after: Date;
  timeZone: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Wall-clock `HH:MM` in `timeZone`. */
  localTime: string;
  frequency?: 'weekly' | 'biweekly';
  /** Biweekly sends happen in weeks an even number of weeks away from this one. */
  anchorWeek?: string;
}

const DAY_MS = 86_400_000;

/** Anchor for biweekly schedules that have none: a fixed week keeps every team's fortnights stable. */
export const DEFAULT_BIWEEKLY_ANCHOR = '2026-W01';

const WEEK_KEY = /^(\d{4})-W(\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClock(instant: Date, timeZone: string): LocalDateTime & { second: number } {
  const parts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type in parts) parts[part.type as keyof typeof parts] = Number(part.value);
  }
  return parts;
}

function assertValidInstant(instant: Date): void {
  if (Number.isNaN(instant.getTime())) throw new RangeError('invalid date');
}

/** Wall-clock date and time of an instant in a time zone. */
export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  assertValidInstant(instant);
  const { year, month, day, hour, minute } = wallClock(instant, timeZone);
  return { year, month, day, hour, minute, weekday: isoWeekday({ year, month, day }) };
}

/** Milliseconds to add to UTC to get the wall clock of `timeZone` at `epochMs`. */
function offsetAt(epochMs: number, timeZone: string): number {
  const wall = wallClock(new Date(epochMs), timeZone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return wallAsUtc - Math.floor(epochMs / 1000) * 1000;
}

/**
 * The instant at which the wall clock of `timeZone` shows `local`.
 *
 * - In a spring-forward gap the wall time does not exist; the result is shifted forward by the length of
 *   the gap (New York 2026-03-08 02:30 → 03:30 EDT), so a scheduled send still happens that day, as soon
 *   after the requested time as possible. This is Temporal's "compatible" disambiguation.
 * - In a fall-back overlap the wall time occurs twice; the result is the EARLIER instant, so a send
 *   happens once, at the first occurrence.
 */
export function zonedTimeToUtc(local: LocalDateTime, timeZone: string): Date {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  if (Number.isNaN(asUtc)) throw new RangeError('invalid local date-time');
  const offsets = new Set([
    offsetAt(asUtc - DAY_MS, timeZone),
    offsetAt(asUtc, timeZone),
    offsetAt(asUtc + DAY_MS, timeZone),
  ]);
  const candidates = [...offsets].map((offset) => ({ offset, epochMs: asUtc - offset }));
  const valid = candidates.filter((candidate) => offsetAt(candidate.epochMs, timeZone) === candidate.offset);
  const pick =
    valid.length > 0
      ? Math.min(...valid.map((c) => c.epochMs))
      : Math.max(...candidates.map((c) => c.epochMs));
  return new Date(pick);
}

// ── Civil dates ────────────────────────────────────────────────────────────────────────────────────

function civilToEpochDay(date: CivilDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;
}

function epochDayToCivil(epochDay: number): CivilDate {
  const date = new Date(epochDay * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: CivilDate): number {
  // Epoch day 0 (1970-01-01) was a Thursday.
  return ((((civilToEpochDay(date) + 3) % 7) + 7) % 7) + 1;
}

/** Adds whole days to a calendar date. */
export function addDays(date: CivilDate, days: number): CivilDate {
  return epochDayToCivil(civilToEpochDay(date) + days);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

export function formatIsoDate(date: CivilDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** Parses `YYYY-MM-DD`, refusing dates that do not exist (2026-02-30). */
export function parseIsoDate(iso: string): CivilDate {
  const match = ISO_DATE.exec(iso);
  const date = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!date || formatIsoDate(epochDayToCivil(civilToEpochDay(date))) !== iso) {
    throw new RangeError(`not a calendar date: ${iso}`);
  }
  return date;
}

/** The local calendar date of an instant, `YYYY-MM-DD`. */
export function localDate(instant: Date, timeZone: string): string {
  return formatIsoDate(zonedParts(instant, timeZone));
}

/** Whole days from one `YYYY-MM-DD` to another; negative when `toIso` is earlier. */
export function daysBetween(fromIso: string, toIso: string): number {
  return civilToEpochDay(parseIsoDate(toIso)) - civilToEpochDay(parseIsoDate(fromIso));
}

// ── ISO weeks ──────────────────────────────────────────────────────────────────────────────────────

/** The ISO-8601 week of a calendar date: the week belongs to the year of its Thursday. */
export function isoWeekOf(date: CivilDate): IsoWeek {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const dayOfYear = civilToEpochDay(thursday) - civilToEpochDay({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor(dayOfYear / 7) + 1 };
}

/** 52 or 53: the ISO week of 28 December is always the year's last. */
export function isoWeeksInYear(year: number): number {
  return isoWeekOf({ year, month: 12, day: 28 }).week;
}

export function formatWeekKey(week: IsoWeek): string {
  return `${pad(week.year, 4)}-W${pad(week.week)}`;
}

/** Parses `2026-W05`, refusing week 53 in years that have only 52. */
export function parseWeekKey(weekKey: string): IsoWeek {
  const match = WEEK_KEY.exec(weekKey);
  const week = match && { year: Number(match[1]), week: Number(match[2]) };
  if (!week || week.week < 1 || week.week > isoWeeksInYear(week.year)) {
    throw new RangeError(`not an ISO week: ${weekKey}`);
  }
  return week;
}

/** Whether a string is an existing ISO week (`2025-W53` is not: 2025 has 52 weeks). */
export function isWeekKey(value: string): boolean {
  try {
    parseWeekKey(value);
    return true;
  } catch {
    return false;
  }
}

/** The week key of a `YYYY-MM-DD` date. */
export function weekKeyOfDate(isoDate: string): string {
  return formatWeekKey(isoWeekOf(parseIsoDate(isoDate)));
}

/** The ISO week of an instant's local date, `2026-W05`. */
export function isoWeekKey(instant: Date, timeZone: string): string {
  return formatWeekKey(isoWeekOf(zonedParts(instant, timeZone)));
}

/** The Monday of an ISO week, as a calendar date. */
export function weekMonday(weekKey: string): CivilDate {
  const { year, week } = parseWeekKey(weekKey);
  const january4 = { year, month: 1, day: 4 };
  return addDays(january4, 1 - isoWeekday(january4) + (week - 1) * 7);
}

/** The instant of Monday 00:00 local time that starts an ISO week (01:00 if midnight is in a DST gap). */
export function weekStart(weekKey: string, timeZone: string): Date {
  return zonedTimeToUtc({ ...weekMonday(weekKey), hour: 0, minute: 0 }, timeZone);
}

/** Signed number of weeks from `from` to `to` (`2026-W53` → `2027-W01` is 1). */
export function weeksBetween(from: string, to: string): number {
  return (civilToEpochDay(weekMonday(to)) - civilToEpochDay(weekMonday(from))) / 7;
}

/** The week `count` weeks after `weekKey` (before it when negative). */
export function addWeeks(weekKey: string, count: number): string {
  return formatWeekKey(isoWeekOf(addDays(weekMonday(weekKey), count * 7)));
}

export function nextWeekKey(weekKey: string): string {
  return addWeeks(weekKey, 1);
}

export function previousWeekKey(weekKey: string): string {
  return addWeeks(weekKey, -1);
}

/** Whether `later` is the week right after `earlier`, across year boundaries. */
export function isNextWeek(earlier: string, later: string): boolean {
  return weeksBetween(earlier, later) === 1;
}

/** Whether two weeks are neighbours, in either order. */
export function areAdjacentWeeks(a: string, b: string): boolean {
  return Math.abs(weeksBetween(a, b)) === 1;
}

// ── Schedules ──────────────────────────────────────────────────────────────────────────────────────

function parseLocalTime(localTime: string): { hour: number; minute: number } {
  const match = LOCAL_TIME.exec(localTime);
  if (!match) throw new RangeError(`not a HH:MM time: ${localTime}`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/**
 * The first send strictly after `after` on `weekday` at `localTime` in `timeZone`. Each eligible date has
 * one send instant (see zonedTimeToUtc for DST gaps and overlaps). Biweekly schedules skip the weeks an
 * odd number of weeks away from `anchorWeek` (default DEFAULT_BIWEEKLY_ANCHOR).
 */
export function nextScheduledSend(input: ScheduledSendInput): Date {
  assertValidInstant(input.after);
  if (!Number.isInteger(input.weekday) || input.weekday < 1 || input.weekday > 7) {
    throw new RangeError(`not an ISO weekday: ${input.weekday}`);
  }
  const time = parseLocalTime(input.localTime);
  const biweekly = input.frequency === 'biweekly';
  const anchor = input.anchorWeek ?? DEFAULT_BIWEEKLY_ANCHOR;
  parseWeekKey(anchor); // fail fast on a bad anchor, even for weekly schedules
  const today = zonedParts(input.after, input.timeZone);
  const first = addDays(today, (input.weekday - today.weekday + 7) % 7);
  // `first` may be today with its send time already past; a week later (two when biweekly) always qualifies.
  for (let weeks = 0; weeks <= (biweekly ? 2 : 1); weeks += 1) {
    const date = addDays(first, weeks * 7);
    if (biweekly && weeksBetween(anchor, formatWeekKey(isoWeekOf(date))) % 2 !== 0) continue;
    const send = zonedTimeToUtc({ ...date, ...time }, input.timeZone);
    if (send.getTime() > input.after.getTime()) return send;
  }
  throw new RangeError('no send found within the schedule period');
}
