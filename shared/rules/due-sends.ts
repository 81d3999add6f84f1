import type { Member } from '../domain/member.ts';
import { isPausedOn } from '../domain/pause.ts';
import type { CheckInSchedule, Team } from '../domain/team.ts';
import {
  checkInTimeZone,
  checkInWindowAt,
  scheduledSendOfWeek,
  type CheckInWindow,
} from './check-in-window.ts';
import { addWeeks, DEFAULT_BIWEEKLY_ANCHOR, isoWeekKey, localDate, weeksBetween } from './week.ts';

const HOUR_MS = 3_600_000;

/**
 * How long after a window closed its summary and digests are still sent when the scheduler was down at
 * the close. Shorter than a week, so a long outage never sends last week's summary beside this week's.
 */
export const SUMMARY_CATCH_UP_MS = 6 * 24 * HOUR_MS;

/** A send that is due: per member (check-in, reminder), per team (summary) or per leader (digest). */
export type DueSend =
  | { kind: 'checkin' | 'reminder' | 'digest'; week: string; userId: string }
  | { kind: 'summary'; week: string };

export type DueTeam = Pick<Team, 'active' | 'settings' | 'createdAt'> & { installedAt?: string | undefined };
export type DueMember = Pick<Member, 'userId' | 'active' | 'timeZone' | 'pausedUntil'>;

export interface DueSendsInput {
  team: DueTeam;
  members: readonly DueMember[];
  /** The check-ins given so far for the weeks of `openWeeks` (others are ignored). */
  answered: readonly { week: string; userId: string }[];
  now: Date;
}

interface MemberWindow {
  member: DueMember;
  window: CheckInWindow;
}

/**
 * Members whose week's check-in has been sent by the schedule and is still open: active, not paused on
 * their own local date, past their scheduled send (an early, on-demand window does not count).
 */
function sentWindows(team: DueTeam, members: readonly DueMember[], now: Date): MemberWindow[] {
  if (!team.active) return [];
  return members.flatMap((member) => {
    if (!member.active) return [];
    const timeZone = checkInTimeZone(member, team);
    if (isPausedOn(member, localDate(now, timeZone))) return [];
    const window = checkInWindowAt(now, team.settings.checkIn, timeZone);
    return window.state === 'open' && !window.early ? [{ member, window }] : [];
  });
}

/** The weeks whose check-ins the due computation needs (usually one): load their answers for `answered`. */
export function openWeeks(team: DueTeam, members: readonly DueMember[], now: Date): string[] {
  return [...new Set(sentWindows(team, members, now).map(({ window }) => window.week))];
}

/** The instant non-responders are reminded: `reminderAtPercent` of the way through the window. */
export function reminderAt(window: Pick<CheckInWindow, 'opensAt' | 'closesAt'>, percent: number): Date {
  const length = window.closesAt.getTime() - window.opensAt.getTime();
  return new Date(window.opensAt.getTime() + Math.round((length * percent) / 100));
}

/** The team's latest window (on the team's clock) that has closed by `now`, if any in the last weeks. */
export function latestClosedWindow(
  schedule: CheckInSchedule,
  timeZone: string,
  now: Date,
): { week: string; opensAt: Date; closesAt: Date } | undefined {
  const current = isoWeekKey(now, timeZone);
  const anchor = schedule.anchorWeek ?? DEFAULT_BIWEEKLY_ANCHOR;
  // A window lasts at most a week and biweekly sends are two weeks apart: four weeks back always suffice.
  for (let offset = 0; offset >= -4; offset -= 1) {
    const week = addWeeks(current, offset);
    if (schedule.frequency === 'biweekly' && weeksBetween(anchor, week) % 2 !== 0) continue;
    const opensAt = scheduledSendOfWeek(week, schedule, timeZone);
    const closesAt = new Date(opensAt.getTime() + schedule.windowHours * HOUR_MS);
    if (closesAt.getTime() <= now.getTime()) return { week, opensAt, closesAt };
  }
  return undefined;
}

function teamSendsDue(team: DueTeam, members: readonly DueMember[], now: Date): DueSend[] {
  if (!team.active) return [];
  const closed = latestClosedWindow(team.settings.checkIn, team.settings.timeZone, now);
  if (!closed || now.getTime() - closed.closesAt.getTime() >= SUMMARY_CATCH_UP_MS) return [];
  // A team installed after the window closed never had that week: no summary of it.
  if (Date.parse(team.installedAt ?? team.createdAt) >= closed.closesAt.getTime()) return [];
  const onRoster = new Set(members.filter((member) => member.active).map((member) => member.userId));
  const leaders = team.settings.leaders.filter((userId) => onRoster.has(userId));
  return [
    { kind: 'summary', week: closed.week },
    ...leaders.map((userId): DueSend => ({ kind: 'digest', week: closed.week, userId })),
  ];
}

/**
 * Everything due at `now` for one team, each at most once per (week, kind, member) — the scheduler
 * enqueues what it has not enqueued yet, so a send stays due (and is caught up after downtime) for as long
 * as it makes sense:
 * - `checkin`: from the member's scheduled send (their local time, DST-correct) until their window closes;
 * - `reminder`: from `reminderAtPercent` of the window until it closes, while they have not answered;
 * - `summary` and a `digest` per leader on the roster: from the close of the team's window (team clock)
 *   for SUMMARY_CATCH_UP_MS.
 * Paused members (on their local date) and members who left get nothing; biweekly off-weeks have no send.
 */
export function dueSends(input: DueSendsInput): DueSend[] {
  const { team, members, now } = input;
  const answered = new Set(input.answered.map((checkIn) => `${checkIn.week}|${checkIn.userId}`));
  const percent = team.settings.checkIn.reminderAtPercent;
  const memberSends = sentWindows(team, members, now).flatMap(({ member, window }): DueSend[] => {
    const { userId } = member;
    const sends: DueSend[] = [{ kind: 'checkin', week: window.week, userId }];
    const late = now.getTime() >= reminderAt(window, percent).getTime();
    if (late && !answered.has(`${window.week}|${userId}`))
      sends.push({ kind: 'reminder', week: window.week, userId });
    return sends;
  });
  return [...memberSends, ...teamSendsDue(team, members, now)];
}
