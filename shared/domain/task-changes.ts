import type { Task, TaskStatus } from './task.ts';
import { withStatus } from './task-moves.ts';

/** The fields a person can change on a task; `null` clears an optional one. */
export interface TaskChanges {
  title?: string;
  description?: string;
  goalId?: string | null;
  assigneeId?: string | null;
  status?: TaskStatus;
  dueDate?: string | null;
  tags?: string[];
  blockedReason?: string;
}

/** Applies changes to a task, keeping status timestamps true. Pure: safe to re-apply on a fresh read. */
export function applyTaskChanges(task: Task, changes: TaskChanges, now: string): Task {
  let next: Task = { ...task, updatedAt: now };
  if (changes.title !== undefined) next.title = changes.title;
  if (changes.description !== undefined) next.description = changes.description;
  if (changes.goalId !== undefined) next.goalId = changes.goalId ?? undefined;
  if (changes.assigneeId !== undefined) next.assigneeId = changes.assigneeId ?? undefined;
  if (changes.dueDate !== undefined) next.dueDate = changes.dueDate ?? undefined;
  if (changes.tags !== undefined) next.tags = changes.tags;
  if (changes.status !== undefined) next = withStatus(next, changes.status, now, changes.blockedReason);
  else if (changes.blockedReason !== undefined && next.status === 'blocked')
    next.blockedReason = changes.blockedReason;
  return next;
}
