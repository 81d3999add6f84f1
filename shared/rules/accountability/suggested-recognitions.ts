import type { Goal } from '../../domain/goal.ts';
import type { Member } from '../../domain/member.ts';
import type { Task } from '../../domain/task.ts';
import { goalProgress } from '../goal-progress.ts';
import { localDate } from '../week.ts';
import { DAY_MS, personOf, type PersonRef } from './team-data.ts';

export type SuggestedRecognition =
  | { kind: 'goal_completed'; people: PersonRef[]; goalId: string; statement: string; completedAt: string }
  | {
      kind: 'on_time_streak';
      people: PersonRef[];
      count: number;
      lastTaskTitle: string;
      completedAt: string;
    };

/** Tasks done by their due date in a row that make a streak worth recognising. */
export const ON_TIME_STREAK = 3;
const LOOKBACK_DAYS = 7;

function latestCompletion(tasks: readonly Task[]): string | undefined {
  return tasks
    .map((task) => task.completedAt)
    .filter((at): at is string => at !== undefined)
    .sort()
    .at(-1);
}

/** Goals completed in the last 7 days: marked done, or every task done (or the measure reached). */
function completedGoals(
  goals: readonly Goal[],
  tasks: readonly Task[],
  members: readonly Member[],
  now: Date,
) {
  const since = now.getTime() - LOOKBACK_DAYS * DAY_MS;
  return goals.flatMap((goal): SuggestedRecognition[] => {
    const mine = tasks.filter((task) => task.goalId === goal.id);
    const progress = goalProgress(goal, tasks);
    const complete = goal.status === 'done' || (goal.status === 'active' && progress.overall >= 1);
    const completedAt = goal.status === 'done' ? goal.updatedAt : (latestCompletion(mine) ?? goal.updatedAt);
    if (!complete || Date.parse(completedAt) < since) return [];
    const contributors = [
      ...new Set([goal.ownerId, ...mine.flatMap((t) => (t.assigneeId ? [t.assigneeId] : []))]),
    ];
    return [
      {
        kind: 'goal_completed',
        people: contributors.map((id) => personOf(members, id)),
        goalId: goal.id,
        statement: goal.statement,
        completedAt,
      },
    ];
  });
}

/**
 * Members whose latest `ON_TIME_STREAK`+ finished tasks with a due date were all done by that date (in the
 * team's calendar), the latest of them in the last 7 days.
 */
function onTimeStreaks(tasks: readonly Task[], members: readonly Member[], timeZone: string, now: Date) {
  const since = now.getTime() - LOOKBACK_DAYS * DAY_MS;
  const byAssignee = new Map<string, Task[]>();
  for (const task of tasks) {
    if (task.status !== 'done' || !task.completedAt || !task.dueDate || !task.assigneeId) continue;
    byAssignee.set(task.assigneeId, [...(byAssignee.get(task.assigneeId) ?? []), task]);
  }
  return [...byAssignee].flatMap(([userId, done]): SuggestedRecognition[] => {
    const newestFirst = done.sort(
      (a, b) => Date.parse(b.completedAt ?? '') - Date.parse(a.completedAt ?? ''),
    );
    const onTime = (task: Task) =>
      localDate(new Date(task.completedAt ?? ''), timeZone) <= (task.dueDate ?? '');
    const firstLate = newestFirst.findIndex((task) => !onTime(task));
    const count = firstLate === -1 ? newestFirst.length : firstLate;
    const latest = newestFirst[0];
    if (count < ON_TIME_STREAK || !latest?.completedAt || Date.parse(latest.completedAt) < since) return [];
    return [
      {
        kind: 'on_time_streak',
        people: [personOf(members, userId)],
        count,
        lastTaskTitle: latest.title,
        completedAt: latest.completedAt,
      },
    ];
  });
}

export function suggestedRecognitions(input: {
  goals: readonly Goal[];
  tasks: readonly Task[];
  members: readonly Member[];
  timeZone: string;
  now: Date;
}): SuggestedRecognition[] {
  return [
    ...completedGoals(input.goals, input.tasks, input.members, input.now),
    ...onTimeStreaks(input.tasks, input.members, input.timeZone, input.now),
  ].sort((a, b) => Date.parse(b.completedAt) - Date.parse(a.completedAt));
}
