import type { AdaptiveCard } from '../../../shared/cards/adaptive-card.ts';
import {
  recognitionComposeCard,
  type ComposeWork,
  type RecognitionComposeInput,
} from '../../../shared/cards/recognition-compose-card.ts';
import { recognitionValues } from '../../../shared/domain/default-values.ts';
import type { Goal } from '../../../shared/domain/goal.ts';
import type { Task } from '../../../shared/domain/task.ts';
import type { TeamAccess } from '../../services/service-context.ts';
import type { BotDeps } from '../bot-deps.ts';

/** Finished work is what people most often recognise: tasks done this recently are offered too. */
const RECENTLY_DONE_MS = 14 * 86_400_000;
const TASK_ORDER: Record<Task['status'], number> = { done: 0, doing: 1, blocked: 2, todo: 3 };

/**
 * The compose card for the actor on this team, in their language, from one read of the team's board;
 * undefined when there is no one else on the team to recognise.
 */
export async function composeCardFor(
  deps: BotDeps,
  access: TeamAccess,
  options: Pick<RecognitionComposeInput, 'draftId' | 'draft' | 'error' | 'locale'>,
): Promise<AdaptiveCard | undefined> {
  const board = await deps.repos.readBoard(access.scope);
  const people = board.members
    .map(({ value }) => value)
    .filter((member) => member.active && member.userId !== access.userId)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ userId, name }) => ({ userId, name }));
  if (people.length === 0) return undefined;
  const now = deps.now().getTime();
  return recognitionComposeCard({
    teamId: access.scope.teamId,
    teamName: access.team.name,
    people,
    values: recognitionValues(access.team.settings),
    work: [
      ...linkableGoals(board.goals.map(({ value }) => value)),
      ...linkableTasks(
        board.tasks.map(({ value }) => value),
        now,
      ),
    ],
    ...options,
  });
}

function linkableGoals(goals: readonly Goal[]): ComposeWork[] {
  return goals
    .filter((goal) => goal.status === 'active')
    .map((goal) => ({ kind: 'goal', id: goal.id, title: goal.statement }));
}

function linkableTasks(tasks: readonly Task[], now: number): ComposeWork[] {
  const recent = (task: Task) =>
    task.status !== 'done' || now - Date.parse(task.completedAt ?? task.statusChangedAt) <= RECENTLY_DONE_MS;
  return tasks
    .filter(recent)
    .sort(
      (a, b) =>
        TASK_ORDER[a.status] - TASK_ORDER[b.status] ||
        Date.parse(b.statusChangedAt) - Date.parse(a.statusChangedAt),
    )
    .map((task) => ({ kind: 'task', id: task.id, title: task.title }));
}
