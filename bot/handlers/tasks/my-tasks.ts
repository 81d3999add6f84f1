import type { DoneTaskItem, OpenTaskItem } from '../../../shared/cards/tasks-card.ts';
import type { Goal } from '../../../shared/domain/goal.ts';
import type { Task } from '../../../shared/domain/task.ts';
import { daysBetween, localDate } from '../../../shared/rules/week.ts';

/** Done tasks this recent can still go to a teammate for review from the `tasks` card. */
export const RECENTLY_DONE_DAYS = 14;

export interface MyTasksInput {
  tasks: readonly Task[];
  goals: readonly Goal[];
  userId: string;
  /** The reader's local day and time zone: due dates and "done lately" are calendar days where they are. */
  today: string;
  timeZone: string;
  linkTo(taskId: string): string;
}

export interface MyTasks {
  open: OpenTaskItem[];
  recentlyDone: DoneTaskItem[];
}

/**
 * A person's open tasks, earliest due first (undated last, then by title), and the tasks they finished in
 * the last RECENTLY_DONE_DAYS days, newest first.
 */
export function myTasks(input: MyTasksInput): MyTasks {
  const goals = new Map(input.goals.map((goal) => [goal.id, goal.statement]));
  const mine = input.tasks.filter((task) => task.assigneeId === input.userId);
  const open = mine
    .flatMap((task) => (task.status === 'done' ? [] : [{ ...task, status: task.status }]))
    .sort(byDueThenTitle)
    .map((task): OpenTaskItem => ({
      taskId: task.id,
      title: task.title,
      status: task.status,
      dueDate: task.dueDate,
      goalTitle: task.goalId ? goals.get(task.goalId) : undefined,
      blockedReason: task.blockedReason || undefined,
      url: input.linkTo(task.id),
    }));
  const recentlyDone = mine
    .flatMap((task) => {
      if (task.status !== 'done' || !task.completedAt) return [];
      const doneOn = localDate(new Date(task.completedAt), input.timeZone);
      return daysBetween(doneOn, input.today) < RECENTLY_DONE_DAYS ? [{ task, doneOn }] : [];
    })
    .sort((a, b) => (b.task.completedAt ?? '').localeCompare(a.task.completedAt ?? ''))
    .map(({ task, doneOn }): DoneTaskItem => ({
      taskId: task.id,
      title: task.title,
      doneOn,
      goalTitle: task.goalId ? goals.get(task.goalId) : undefined,
      url: input.linkTo(task.id),
    }));
  return { open, recentlyDone };
}

function byDueThenTitle(a: Task, b: Task): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === undefined) return 1;
    if (b.dueDate === undefined) return -1;
    return a.dueDate.localeCompare(b.dueDate);
  }
  return a.title.localeCompare(b.title);
}
