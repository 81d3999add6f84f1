import { describe, expect, it } from 'vitest';
import type { Task } from '../../../shared/domain/task.ts';
import { blockedForDays, buildLanes, filterTasks, isOverdue } from '../../../shared/rules/board-view.ts';

const AT = '2026-11-20T10:00:00.000Z';
let n = 0;
function task(fields: Partial<Task>): Task {
  n += 1;
  return {
    tenantId: '00000000-0000-4000-8000-000000000001',
    teamId: '19:t@thread.tacv2',
    id: `t${n}`,
    title: `Task ${n}`,
    description: '',
    status: 'todo',
    tags: [],
    blockedReason: '',
    statusChangedAt: AT,
    createdBy: '00000000-0000-4000-8000-0000000000a1',
    createdAt: AT,
    updatedAt: AT,
    ...fields,
  };
}

const ALICE = '00000000-0000-4000-8000-0000000000a1';
const BOB = '00000000-0000-4000-8000-0000000000a2';
const people = [
  { userId: ALICE, name: 'Alice' },
  { userId: BOB, name: 'Bob' },
];
const goals = [{ id: 'g1', statement: 'Ship it' }];

describe('board view', () => {
  it('calls open tasks past their due day overdue, never done ones', () => {
    expect(isOverdue(task({ dueDate: '2026-11-27' }), '2026-11-28')).toBe(true);
    expect(isOverdue(task({ dueDate: '2026-11-28' }), '2026-11-28')).toBe(false);
    expect(isOverdue(task({ dueDate: '2026-11-01', status: 'done' }), '2026-11-28')).toBe(false);
    expect(isOverdue(task({}), '2026-11-28')).toBe(false);
  });

  it('counts whole days blocked', () => {
    const blocked = task({ status: 'blocked', blockedSince: '2026-11-25T12:00:00.000Z' });
    expect(blockedForDays(blocked, new Date('2026-11-28T11:59:00.000Z'))).toBe(2);
    expect(blockedForDays(blocked, new Date('2026-11-28T12:00:00.000Z'))).toBe(3);
    expect(blockedForDays(task({}), new Date())).toBeUndefined();
  });

  it('filters by assignee, goal, overdue, blocked and title words together', () => {
    const tasks = [
      task({ title: 'Fix CSV export', assigneeId: ALICE, goalId: 'g1', dueDate: '2026-11-01' }),
      task({ title: 'Export billing CSV', assigneeId: BOB, status: 'blocked' }),
      task({ title: 'Write docs' }),
    ];
    const titles = (filters: Parameters<typeof filterTasks>[1]) =>
      filterTasks(tasks, filters, '2026-11-28').map((t) => t.title);
    expect(titles({ search: 'csv EXPORT' })).toEqual(['Fix CSV export', 'Export billing CSV']);
    expect(titles({ assigneeId: ALICE })).toEqual(['Fix CSV export']);
    expect(titles({ assigneeId: 'unassigned' })).toEqual(['Write docs']);
    expect(titles({ goalId: 'none' })).toEqual(['Export billing CSV', 'Write docs']);
    expect(titles({ overdueOnly: true })).toEqual(['Fix CSV export']);
    expect(titles({ blockedOnly: true, search: 'billing' })).toEqual(['Export billing CSV']);
    expect(titles({ blockedOnly: true, assigneeId: ALICE })).toEqual([]);
  });

  it('builds lanes by person with an unassigned lane, sorted by due date in each column', () => {
    const tasks = [
      task({ title: 'later', assigneeId: ALICE, dueDate: '2026-12-10' }),
      task({ title: 'sooner', assigneeId: ALICE, dueDate: '2026-12-01' }),
      task({ title: 'undated', assigneeId: ALICE }),
      task({ title: 'nobody', status: 'doing' }),
    ];
    const lanes = buildLanes(tasks, 'person', people, goals);
    expect(lanes.map((lane) => [lane.title, lane.count])).toEqual([
      ['Alice', 3],
      ['Unassigned', 1],
    ]);
    expect(lanes[0]!.columns.todo.map((t) => t.title)).toEqual(['sooner', 'later', 'undated']);
    expect(lanes[1]!.columns.doing.map((t) => t.title)).toEqual(['nobody']);
  });

  it('builds lanes by goal, and one lane when not grouping (even when empty)', () => {
    const tasks = [task({ goalId: 'g1' }), task({})];
    expect(buildLanes(tasks, 'goal', people, goals).map((lane) => lane.title)).toEqual([
      'Ship it',
      'No goal',
    ]);
    const [all] = buildLanes([], 'none', people, goals);
    expect(all).toMatchObject({ title: 'All tasks', count: 0 });
  });
});
