import type { Goal, GoalMeasure, GoalStatus } from './goal.ts';

export interface GoalChanges {
  statement?: string;
  description?: string;
  measure?: GoalMeasure | null;
  dueDate?: string | null;
  ownerId?: string;
  status?: GoalStatus;
}

/** Applies changes to a goal; `null` clears an optional field. Pure. */
export function applyGoalChanges(goal: Goal, changes: GoalChanges, now: string): Goal {
  const next: Goal = { ...goal, updatedAt: now };
  if (changes.statement !== undefined) next.statement = changes.statement;
  if (changes.description !== undefined) next.description = changes.description;
  if (changes.measure !== undefined) next.measure = changes.measure ?? undefined;
  if (changes.dueDate !== undefined) next.dueDate = changes.dueDate ?? undefined;
  if (changes.ownerId !== undefined) next.ownerId = changes.ownerId;
  if (changes.status !== undefined) next.status = changes.status;
  return next;
}
