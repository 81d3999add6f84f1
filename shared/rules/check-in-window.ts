import type { CheckInSchedule } from '../domain/team.ts';
import {
  addDays,
  addWeeks,
  DEFAULT_BIWEEKLY_ANCHOR,
  isoWeekKey,
  weekMonday,
  weeksBetween,
  zonedTimeToUtc,
} from './week.ts';

const HOUR_MS = 3_600_000;
/** Send instants are asked for again and again (every card, every submit); each costs a few zone lookups. */
const SEND_CACHE_LIMIT = 10_000;
const sendCache = new Map<string, Date>();

export type CheckInSchedulePart = Pick<
  CheckInSchedule,
  'frequency' | 'anchorWeek' | 'weekday' | 'localTime' | 'windowHours'
>;

/**
 * - `open`: answers for `week` can be given and edited now (before the scheduled send too, on demand).
 * - `closed`: the week's window is over; its answer is read-only.
 * - `upcoming`: the week's window has not opened yet.
 */
export type CheckInWindowState = 'open' | 'closed' | 'upcoming';

export interface CheckInWindow {
  /** The ISO week the check-in is for, in the member's time zone. */
  week: string;
  state: CheckInWindowState;
  /** The week's scheduled send: the window opens then (an on-demand check-in may start earlier). */
  opensAt: Date;
  /** `windowHours` of elapsed time after the scheduled send: answers stay editable until then. */
  closesAt: Date;
  /** The first scheduled send after now: when the next check-in opens. */
  nextOpensAt: Date;
  /** True when the window is open before its scheduled send, because the member asked for it early. */
  early: boolean;
  timeZone: string;
}

/** A member's own clock, else the team's. */
export function checkInTimeZone(
  member: { timeZone?: string | undefined },
  team: { settings: { timeZone: string } },
): string {
  return member.timeZone ?? team.settings.timeZone;
}

interface ScheduledSend {
  week: string;
  at: Date;
}

/** The scheduled sends of the weeks around `now` (every other week when biweekly), in time order. */
function sendsAround(now: Date, schedule: CheckInSchedulePart, timeZone: string): ScheduledSend[] {
  const current = isoWeekKey(now, timeZone);
  const anchor = schedule.anchorWeek ?? DEFAULT_BIWEEKLY_ANCHOR;
  const sends: ScheduledSend[] = [];
  for (let offset = -2; offset <= 2; offset += 1) {
    const week = addWeeks(current, offset);
    if (schedule.frequency === 'biweekly' && weeksBetween(anchor, week) % 2 !== 0) continue;
    sends.push({ week, at: scheduledSendOfWeek(week, schedule, timeZone) });
  }
  return sends;
}

/**
 * The check-in a member answers at `now`:
 * 1. the latest scheduled send's week while its window is still open (so a Friday send with a 72 h window
 *    is answered until Monday, even though Monday is in the next ISO week);
 * 2. otherwise the current week, opened early, when its scheduled send is still ahead this week;
 * 3. otherwise the latest send's week, closed until the next send (biweekly off-weeks land here too).
 * Sends follow `nextScheduledSend`: the weekday at the local time, DST gaps and overlaps resolved alike.
 */
export function checkInWindowAt(now: Date, schedule: CheckInSchedulePart, timeZone: string): CheckInWindow {
  const sends = sendsAround(now, schedule, timeZone);
  const latest = sends.filter((send) => send.at.getTime() <= now.getTime()).at(-1);
  const next = sends.find((send) => send.at.getTime() > now.getTime());
  if (!latest || !next) throw new RangeError('no scheduled send around this instant');
  const windowMs = schedule.windowHours * HOUR_MS;
  const base = { nextOpensAt: next.at, timeZone };
  const windowOf = (send: ScheduledSend, state: CheckInWindowState, early: boolean): CheckInWindow => ({
    ...base,
    week: send.week,
    state,
    opensAt: send.at,
    closesAt: new Date(send.at.getTime() + windowMs),
    early,
  });
  if (now.getTime() < latest.at.getTime() + windowMs) return windowOf(latest, 'open', false);
  if (next.week === isoWeekKey(now, timeZone)) return windowOf(next, 'open', true);
  return windowOf(latest, 'closed', false);
}

/**
 * The window of a given week as seen at `now` (a card names its week; this says whether that week is still
 * editable). It is open only while it is the week `checkInWindowAt` answers, or inside its own window.
 */
export function windowForWeek(
  week: string,
  now: Date,
  schedule: CheckInSchedulePart,
  timeZone: string,
): CheckInWindow {
  const current = checkInWindowAt(now, schedule, timeZone);
  if (current.week === week) return current;
  const opensAt = scheduledSendOfWeek(week, schedule, timeZone);
  const closesAt = new Date(opensAt.getTime() + schedule.windowHours * HOUR_MS);
  const state: CheckInWindowState =
    now.getTime() >= closesAt.getTime() ? 'closed' : now.getTime() < opensAt.getTime() ? 'upcoming' : 'open';
  return { week, state, opensAt, closesAt, nextOpensAt: current.nextOpensAt, early: false, timeZone };
}

/** The instant of a week's scheduled send: its weekday at the local time, in `timeZone`. */
export function scheduledSendOfWeek(week: string, schedule: CheckInSchedulePart, timeZone: string): Date {
  const key = `${week}|${schedule.weekday}|${schedule.localTime}|${timeZone}`;
  let send = sendCache.get(key);
  if (!send) {
    const [hour = 0, minute = 0] = schedule.localTime.split(':').map(Number);
    const date = addDays(weekMonday(week), schedule.weekday - 1);
    send = zonedTimeToUtc({ ...date, hour, minute }, timeZone);
    if (sendCache.size >= SEND_CACHE_LIMIT) sendCache.clear();
    sendCache.set(key, send);
  }
  return new Date(send);
}
