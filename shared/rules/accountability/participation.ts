import type { CheckIn } from '../../domain/check-in.ts';
import type { Member } from '../../domain/member.ts';
import { isPausedOn } from '../../domain/pause.ts';
import type { CheckInSchedule } from '../../domain/team.ts';
import { addDays, formatIsoDate, weekMonday } from '../week.ts';
import { byName, personRef, type PersonRef } from './team-data.ts';

export interface Participation {
  week: string;
  /** Members who answered, among those expected. */
  answered: number;
  /** Active members, on the team by the check-in day, not paused that day. */
  expected: number;
  /** answered / expected, 0–1; 1 when nobody was expected. */
  rate: number;
  /** Expected members without an answer, by name. */
  missing: PersonRef[];
}

/** The calendar day of a week's check-in (its weekday), `YYYY-MM-DD`. */
export function checkInDay(week: string, schedule: Pick<CheckInSchedule, 'weekday'>): string {
  return formatIsoDate(addDays(weekMonday(week), schedule.weekday - 1));
}

/** Whether a member was asked for a check-in that week: active, joined by then, not on pause. */
export function isExpected(
  member: Pick<Member, 'active' | 'pausedUntil' | 'joinedAt'>,
  week: string,
  schedule: Pick<CheckInSchedule, 'weekday'>,
): boolean {
  const day = checkInDay(week, schedule);
  return member.active && member.joinedAt.slice(0, 10) <= day && !isPausedOn(member, day);
}

export function participation(
  week: string,
  members: readonly Member[],
  checkIns: readonly Pick<CheckIn, 'userId' | 'week'>[],
  schedule: Pick<CheckInSchedule, 'weekday'>,
): Participation {
  const answeredIds = new Set(checkIns.filter((c) => c.week === week).map((c) => c.userId));
  // Someone who answered was asked (on demand, say), even if they joined or came back after the send.
  const expected = members.filter(
    (member) => member.active && (answeredIds.has(member.userId) || isExpected(member, week, schedule)),
  );
  const answered = expected.filter((member) => answeredIds.has(member.userId)).length;
  return {
    week,
    answered,
    expected: expected.length,
    rate: expected.length === 0 ? 1 : answered / expected.length,
    missing: expected
      .filter((member) => !answeredIds.has(member.userId))
      .map(personRef)
      .sort(byName),
  };
}
