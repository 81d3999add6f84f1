import type { ComposeTeammate, ComposeWork } from '../../../shared/cards/feedback-compose-card.ts';
import type { TeamAccess } from '../../services/service-context.ts';
import type { BotDeps } from '../bot-deps.ts';

export interface ComposeOptions {
  /** Active teammates without the actor, by name. */
  teammates: ComposeTeammate[];
  /** Active goals, then tasks, most recently changed first. */
  work: ComposeWork[];
}

/** Who the actor can give feedback to and what it can be about: one board read. */
export async function composeOptions(deps: BotDeps, access: TeamAccess): Promise<ComposeOptions> {
  const board = await deps.repos.readBoard(access.scope);
  const teammates = board.members
    .map((member) => member.value)
    .filter((member) => member.active && member.userId !== access.userId)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((member) => ({ userId: member.userId, name: member.name }));
  const goals = board.goals
    .map((goal) => goal.value)
    .filter((goal) => goal.status === 'active')
    .map((goal): ComposeWork => ({ kind: 'goal', id: goal.id, title: goal.statement }));
  const tasks = board.tasks
    .map((task) => task.value)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .map((task): ComposeWork => ({ kind: 'task', id: task.id, title: task.title }));
  return { teammates, work: [...goals, ...tasks] };
}

/** The one teammate a command's words name ("feedback bob", "feedback <at>Bob Builder</at>"), if exactly one. */
export function teammateNamed(teammates: readonly ComposeTeammate[], words: string): string | undefined {
  const wanted = words
    .replace(/<\/?at>/gi, '')
    .trim()
    .toLowerCase();
  if (!wanted) return undefined;
  const exact = teammates.filter((person) => person.name.toLowerCase() === wanted);
  const matches = exact.length > 0 ? exact : teammates.filter((p) => p.name.toLowerCase().startsWith(wanted));
  return matches.length === 1 ? matches[0]?.userId : undefined;
}
