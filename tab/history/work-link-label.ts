import type { BoardResponse } from '../../shared/api/board.ts';
import type { WorkLink } from '../../shared/domain/work-link.ts';
import type { HistoryT } from '../i18n/en-US/history.ts';

/** "Task: …" or "Goal: …" from the board; the link outlives a deleted task, so it may have no name. */
export function workLinkLabel(
  link: WorkLink | undefined,
  board: BoardResponse,
  t: HistoryT,
): string | undefined {
  if (!link) return undefined;
  if (link.kind === 'task') {
    const task = board.tasks.find((candidate) => candidate.id === link.id);
    return task ? t('history.link.task', { title: task.title }) : t('history.link.removedTask');
  }
  const goal = board.goals.find((candidate) => candidate.id === link.id);
  return goal ? t('history.link.goal', { statement: goal.statement }) : t('history.link.removedGoal');
}
