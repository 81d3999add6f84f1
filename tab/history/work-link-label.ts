import type { BoardResponse } from '../../shared/api/board.ts';
import type { WorkLink } from '../../shared/domain/work-link.ts';

/** "Task: …" or "Goal: …" from the board; the link outlives a deleted task, so it may have no name. */
export function workLinkLabel(link: WorkLink | undefined, board: BoardResponse): string | undefined {
  if (!link) return undefined;
  if (link.kind === 'task') {
    const task = board.tasks.find((t) => t.id === link.id);
    return `Task: ${task?.title ?? 'a removed task'}`;
  }
  const goal = board.goals.find((g) => g.id === link.id);
  return `Goal: ${goal?.statement ?? 'a removed goal'}`;
}
