import type { Member } from '../../domain/member.ts';
import { byName, personRef, wholeDaysSince, type PersonRef } from './team-data.ts';

export interface Gap {
  person: PersonRef;
  /** When they last received it; undefined when never. */
  lastAt?: string;
  /** Whole days since `lastAt`; undefined when never. */
  days?: number;
}

/** No feedback received for this many days is a feedback gap. */
export const FEEDBACK_GAP_DAYS = 14;
/** Not recognised for this many days is a recognition gap. */
export const RECOGNITION_GAP_DAYS = 30;

/** The newest instant each person received something at. */
export function latestReceived(
  received: ReadonlyArray<{ recipientIds: readonly string[]; createdAt: string }>,
) {
  const latest = new Map<string, string>();
  for (const item of received) {
    for (const id of item.recipientIds) {
      const seen = latest.get(id);
      if (seen === undefined || Date.parse(item.createdAt) > Date.parse(seen)) latest.set(id, item.createdAt);
    }
  }
  return latest;
}

/**
 * Active members who received nothing for `days` days or more (or never): "never" first, then the longest
 * gaps first. Members who joined less than `days` ago are not a gap yet.
 */
export function gaps(
  members: readonly Member[],
  latest: ReadonlyMap<string, string>,
  days: number,
  now: Date,
): Gap[] {
  return members
    .filter((member) => member.active && wholeDaysSince(member.joinedAt, now) >= days)
    .flatMap((member): Gap[] => {
      const lastAt = latest.get(member.userId);
      if (lastAt === undefined) return [{ person: personRef(member) }];
      const since = wholeDaysSince(lastAt, now);
      return since >= days ? [{ person: personRef(member), lastAt, days: since }] : [];
    })
    .sort((a, b) => (b.days ?? Infinity) - (a.days ?? Infinity) || byName(a.person, b.person));
}
