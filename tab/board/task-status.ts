import { TASK_STATUSES, type TaskStatus } from '../../shared/domain/task-status.ts';
import type { BoardKey } from '../i18n/en-US/board.ts';

/** The board's columns, left to right. */
export const BOARD_COLUMNS: readonly TaskStatus[] = TASK_STATUSES;

/** Each column's name, as a board message key. */
export const STATUS_LABELS: Record<TaskStatus, BoardKey> = {
  todo: 'board.status.todo',
  doing: 'board.status.doing',
  blocked: 'board.status.blocked',
  done: 'board.status.done',
};
