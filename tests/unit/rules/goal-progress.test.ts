import { describe, expect, it } from 'vitest';
import type { TaskStatus } from '../../../shared/domain/task.ts';
import { goalProgress } from '../../../shared/rules/goal-progress.ts';

const tasks = (goalId: string, ...statuses: TaskStatus[]) => statuses.map((status) => ({ goalId, status }));

describe('goalProgress', () => {
  it('rolls up done tasks of the goal only', () => {
    const progress = goalProgress({ id: 'g' }, [
      ...tasks('g', 'done', 'doing', 'done', 'todo'),
      ...tasks('other', 'done'),
    ]);
    expect(progress).toMatchObject({ doneTasks: 2, totalTasks: 4, tasks: 0.5, overall: 0.5 });
  });

  it('prefers the measure when it has a current value', () => {
    const measure = { metric: 'Signups', baseline: 100, target: 200, current: 175, unit: '' };
    expect(goalProgress({ id: 'g', measure }, tasks('g', 'todo')).overall).toBe(0.75);
  });

  it('handles targets below the baseline', () => {
    const measure = { metric: 'Response time', baseline: 8, target: 2, current: 5, unit: 'h' };
    expect(goalProgress({ id: 'g', measure }, []).measure).toBe(0.5);
  });

  it('clamps overshoot and regressions to 0–1', () => {
    const over = { metric: 'm', baseline: 0, target: 10, current: 14, unit: '' };
    const back = { metric: 'm', baseline: 0, target: 10, current: -3, unit: '' };
    expect(goalProgress({ id: 'g', measure: over }, []).measure).toBe(1);
    expect(goalProgress({ id: 'g', measure: back }, []).measure).toBe(0);
  });

  it('is 0 with neither tasks nor a measured value, and ignores a measure without a current value', () => {
    const measure = { metric: 'm', baseline: 0, target: 10, unit: '' };
    expect(goalProgress({ id: 'g', measure }, [])).toMatchObject({
      overall: 0,
      tasks: undefined,
      measure: undefined,
    });
  });
});
