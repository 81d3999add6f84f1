import type { Goal } from '../domain/goal.ts';
import type { Member } from '../domain/member.ts';
import type { Task } from '../domain/task.ts';
import { TASK_STATUSES, type TaskStatus } from '../domain/task-status.ts';

const DAY_MS = 86_400_000;

export interface BoardFilters {
  /** A person's id, or `unassigned`. */
  assigneeId?: string;
  /** A goal's id, or `none` for tasks without a goal. */
  goalId?: string;
  overdueOnly?: boolean;
  blockedOnly?: boolean;
  /** Case-insensitive words that must all appear in the title. */
  search?: string;
}

export type LaneGrouping = 'none' | 'person' | 'goal';

export interface Lane<T extends Task = Task> {
  /** A person's or goal's id; `none` for the unassigned / no-goal lane and for the single lane. */
  id: string;
  title: string;
  columns: Record<TaskStatus, T[]>;
  count: number;
}

/** Open and past its due date, by the team's calendar day. */
export function isOverdue(task: Pick<Task, 'status' | 'dueDate'>, today: string): boolean {
  return task.status !== 'done' && task.dueDate !== undefined && task.dueDate < today;
}

/** Whole days a blocked task has been blocked; undefined when it is not blocked. */
export function blockedForDays(task: Pick<Task, 'status' | 'blockedSince'>, now: Date): number | undefined {
  if (task.status !== 'blocked' || !task.blockedSince) return undefined;
  return Math.max(0, Math.floor((now.getTime() - Date.parse(task.blockedSince)) / DAY_MS));
}

export function filterTasks<T extends Task>(tasks: readonly T[], filters: BoardFilters, today: string): T[] {
  const words = (filters.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return tasks.filter((task) => {
    if (
      filters.assigneeId === 'unassigned'
        ? task.assigneeId !== undefined
        : filters.assigneeId && task.assigneeId !== filters.assigneeId
    ) {
      return false;
    }
    if (
      filters.goalId === 'none' ? task.goalId !== undefined : filters.goalId && task.goalId !== filters.goalId
    )
      return false;
    if (filters.overdueOnly && !isOverdue(task, today)) return false;
    if (filters.blockedOnly && task.status !== 'blocked') return false;
    const title = task.title.toLowerCase();
    return words.every((word) => title.includes(word));
  });
}

/** Overdue first, then by due date (undated last), then most recently changed. */
export function compareForColumn(a: Task, b: Task): number {
  const due = (a.dueDate ?? '9999-99-99').localeCompare(b.dueDate ?? '9999-99-99');
  return due !== 0 ? due : b.updatedAt.localeCompare(a.updatedAt);
}

/** Tasks into swimlanes (by person or goal, or one lane), each split into the four status columns. */
export function buildLanes<T extends Task>(
  tasks: readonly T[],
  grouping: LaneGrouping,
  people: readonly Pick<Member, 'userId' | 'name'>[],
  goals: readonly Pick<Goal, 'id' | 'statement'>[],
): Lane<T>[] {
  const lanes = new Map<string, Lane<T>>();
  const laneOf = (id: string, title: string): Lane<T> => {
    let lane = lanes.get(id);
    if (!lane) {
      lane = { id, title, columns: { todo: [], doing: [], blocked: [], done: [] }, count: 0 };
      lanes.set(id, lane);
    }
    return lane;
  };
  if (grouping === 'none') laneOf('none', 'All tasks');
  if (grouping === 'person') for (const person of people) laneOf(person.userId, person.name);
  if (grouping === 'goal') for (const goal of goals) laneOf(goal.id, goal.statement);
  for (const task of tasks) {
    const lane = laneFor(task, grouping, laneOf);
    lane.columns[task.status].push(task);
    lane.count += 1;
  }
  for (const lane of lanes.values())
    for (const status of TASK_STATUSES) lane.columns[status].sort(compareForColumn);
  return [...lanes.values()].filter((lane) => grouping === 'none' || lane.count > 0);
}

function laneFor<T extends Task>(
  task: T,
  grouping: LaneGrouping,
  laneOf: (id: string, title: string) => Lane<T>,
): Lane<T> {
  if (grouping === 'person')
    return task.assigneeId ? laneOf(task.assigneeId, 'Former member') : laneOf('none', 'Unassigned');
  if (grouping === 'goal')
    return task.goalId ? laneOf(task.goalId, 'Removed goal') : laneOf('none', 'No goal');
  return laneOf('none', 'All tasks');
}
