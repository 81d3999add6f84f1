import type { Blocker, CheckIn } from '../../domain/check-in.ts';
import type { Member } from '../../domain/member.ts';
import type { Task } from '../../domain/task.ts';
import { isSameBlocker } from '../bottlenecks.ts';
import { previousWeekKey } from '../week.ts';
import { personOf, wholeDaysSince, type PersonRef } from './team-data.ts';

export interface AgedBlocker {
  person: PersonRef;
  text: string;
  taskId?: string;
  taskTitle?: string;
  /** When it was first reported (the earliest check-in of its run), or the task's `blockedSince` if older. */
  since: string;
  /** Whole days since `since`. */
  ageDays: number;
  /** The first week of the run of consecutive weeks reporting it. */
  firstWeek: string;
  /** Consecutive weeks reported, this one included. */
  weeks: number;
  /** Reported in the week before too (the same task, the same text or enough shared words). */
  recurring: boolean;
}

function sameIn(blocker: Blocker, checkIn: CheckIn | undefined): boolean {
  return checkIn?.blockers.some((earlier) => isSameBlocker(earlier, blocker)) ?? false;
}

/**
 * The blockers reported in `week`, each with its age: the run of consecutive earlier weeks in which the
 * same member reported the same blocker gives the first report; a blocked task's own `blockedSince`
 * counts when it is older. Oldest first.
 */
export function agedBlockers(input: {
  week: string;
  checkIns: readonly CheckIn[];
  members: readonly Member[];
  tasks: readonly Pick<Task, 'id' | 'title' | 'status' | 'blockedSince'>[];
  now: Date;
}): AgedBlocker[] {
  const byMemberWeek = new Map(input.checkIns.map((c) => [`${c.userId}|${c.week}`, c]));
  const found: AgedBlocker[] = [];
  for (const checkIn of input.checkIns.filter((c) => c.week === input.week)) {
    for (const blocker of checkIn.blockers) {
      let firstWeek = input.week;
      let first = checkIn;
      let weeks = 1;
      for (;;) {
        const earlier = byMemberWeek.get(`${checkIn.userId}|${previousWeekKey(firstWeek)}`);
        if (!earlier || !sameIn(blocker, earlier)) break;
        firstWeek = earlier.week;
        first = earlier;
        weeks += 1;
      }
      const task =
        blocker.taskId === undefined ? undefined : input.tasks.find((t) => t.id === blocker.taskId);
      const taskSince = task?.status === 'blocked' ? task.blockedSince : undefined;
      const since =
        taskSince !== undefined && Date.parse(taskSince) < Date.parse(first.submittedAt)
          ? taskSince
          : first.submittedAt;
      found.push({
        person: personOf(input.members, checkIn.userId),
        text: blocker.text,
        ...(blocker.taskId === undefined ? {} : { taskId: blocker.taskId }),
        ...(task ? { taskTitle: task.title } : {}),
        since,
        ageDays: wholeDaysSince(since, input.now),
        firstWeek,
        weeks,
        recurring: weeks > 1,
      });
    }
  }
  return found.sort((a, b) => b.ageDays - a.ageDays || a.person.name.localeCompare(b.person.name));
}
