import { TASK_STATUSES, type TaskStatus } from '../../shared/domain/task-status.ts';

/** The board's columns, left to right. */
export const BOARD_COLUMNS: readonly TaskStatus[] = TASK_STATUSES;

export const STATUS_LABELS: Record<TaskStatus, string> = {
  todo: 'To do',
  doing: 'Doing',
  blocked: 'Blocked',
  done: 'Done',
};
