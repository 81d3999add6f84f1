import type { BoardResponse } from '../../shared/api/board.ts';
import type { VersionedTask } from '../api/api-client.ts';

/** The board with one task replaced by its newer version (or added, when it is new). */
export function withTask(board: BoardResponse, task: VersionedTask): BoardResponse {
  const index = board.tasks.findIndex((t) => t.id === task.id);
  const tasks = index === -1 ? [...board.tasks, task] : board.tasks.with(index, task);
  return { ...board, tasks };
}
