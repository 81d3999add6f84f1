import type { Task, TaskStatus } from './task.ts';

/**
 * Moves a task to a new status and keeps the derived timestamps true: blockedSince while blocked,
 * completedAt once done, statusChangedAt on every real move.
 */
export function withStatus(task: Task, status: TaskStatus, now: string, blockedReason?: string): Task {
  if (task.status === status) {
    return blockedReason !== undefined && status === 'blocked'
      ? { ...task, blockedReason, updatedAt: now }
      : task;
  }
  return {
    ...task,
    status,
    statusChangedAt: now,
    updatedAt: now,
    blockedSince: status === 'blocked' ? now : undefined,
    blockedReason: status === 'blocked' ? (blockedReason ?? task.blockedReason) : '',
    completedAt: status === 'done' ? now : undefined,
  };
}
