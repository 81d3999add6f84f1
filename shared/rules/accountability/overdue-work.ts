import type { Member } from '../../domain/member.ts';
import type { Task } from '../../domain/task.ts';
import { blockedForDays, isOverdue } from '../board-view.ts';
import { daysBetween } from '../week.ts';
import { personOf, type PersonRef } from './team-data.ts';

export interface OverdueTask {
  taskId: string;
  title: string;
  assignee?: PersonRef;
  dueDate: string;
  /** Calendar days past the due date. */
  days: number;
}

export interface BlockedTask {
  taskId: string;
  title: string;
  assignee?: PersonRef;
  reason?: string;
  /** Whole days blocked (0 when the start is unknown). */
  days: number;
}

function assigneeOf(task: Pick<Task, 'assigneeId'>, members: readonly Member[]) {
  return task.assigneeId === undefined ? {} : { assignee: personOf(members, task.assigneeId) };
}

/** Open tasks past their due date on the team's calendar day, most overdue first. */
export function overdueTasks(
  tasks: readonly Task[],
  members: readonly Member[],
  today: string,
): OverdueTask[] {
  return tasks
    .filter((task) => isOverdue(task, today))
    .map((task) => ({
      taskId: task.id,
      title: task.title,
      ...assigneeOf(task, members),
      dueDate: task.dueDate ?? today,
      days: daysBetween(task.dueDate ?? today, today),
    }))
    .sort((a, b) => b.days - a.days || a.title.localeCompare(b.title));
}

/** Blocked tasks, longest blocked first. */
export function blockedTasks(tasks: readonly Task[], members: readonly Member[], now: Date): BlockedTask[] {
  return tasks
    .filter((task) => task.status === 'blocked')
    .map((task) => ({
      taskId: task.id,
      title: task.title,
      ...assigneeOf(task, members),
      ...(task.blockedReason ? { reason: task.blockedReason } : {}),
      days: blockedForDays(task, now) ?? 0,
    }))
    .sort((a, b) => b.days - a.days || a.title.localeCompare(b.title));
}
