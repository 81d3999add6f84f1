import type { Goal } from '../domain/goal.ts';
import type { Task } from '../domain/task.ts';

export interface GoalProgress {
  /** Done tasks over all tasks of the goal, 0–1; undefined when the goal has no tasks. */
  tasks?: number;
  doneTasks: number;
  totalTasks: number;
  /** How far the measure has moved from baseline to target, 0–1; undefined without a measure or current value. */
  measure?: number;
  /** What the goal view shows: the measure when there is one, else the tasks; 0 when neither is known. */
  overall: number;
}

/** A goal's progress rolled up from its tasks and from its measure (baseline → target). */
export function goalProgress(
  goal: Pick<Goal, 'id' | 'measure'>,
  tasks: readonly Pick<Task, 'goalId' | 'status'>[],
): GoalProgress {
  const mine = tasks.filter((task) => task.goalId === goal.id);
  const doneTasks = mine.filter((task) => task.status === 'done').length;
  const taskShare = mine.length === 0 ? undefined : doneTasks / mine.length;
  const measure = measureShare(goal.measure);
  return {
    tasks: taskShare,
    doneTasks,
    totalTasks: mine.length,
    measure,
    overall: measure ?? taskShare ?? 0,
  };
}

/** Works for targets below the baseline too ("cut response time from 8 h to 2 h"). Clamped to 0–1. */
function measureShare(measure: Goal['measure']): number | undefined {
  if (!measure || measure.current === undefined || measure.target === measure.baseline) return undefined;
  const share = (measure.current - measure.baseline) / (measure.target - measure.baseline);
  return Math.min(1, Math.max(0, share));
}
