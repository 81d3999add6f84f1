import type { TaskStatus } from '../../shared/domain/task.ts';

/** The board's columns, left to right. (Not imported from shared/domain: that would pull zod into the tab.) */
export const BOARD_COLUMNS: readonly TaskStatus[] = ['todo', 'doing', 'blocked', 'done'];

export const STATUS_LABELS: Record<TaskStatus, string> = {
  todo: 'To do',
  doing: 'Doing',
  blocked: 'Blocked',
  done: 'Done',
};
