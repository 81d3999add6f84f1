import { tasksText } from '../../../shared/cards/i18n/tasks-text.ts';
import { tasksCard } from '../../../shared/cards/tasks-card.ts';
import { pickLocale } from '../../../shared/i18n/locales.ts';
import { localDate } from '../../../shared/rules/week.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { BotReply } from '../bot-reply.ts';
import type { CommandInput } from '../command-input.ts';
import { resolveTeam } from '../team-choice.ts';
import { myTasks } from './my-tasks.ts';

/**
 * `tasks`: the person's open tasks on the team, and what they finished lately. In a channel it answers in
 * the thread like any command: the same tasks are on the team's board for everyone anyway.
 */
export async function runTasksCommand(deps: BotDeps, input: CommandInput): Promise<BotReply> {
  const resolved = await resolveTeam(deps, input.actor, 'tasks', input.teamId);
  if (resolved.kind === 'reply') return resolved.reply;
  const { team, member, scope, userId } = resolved.access;
  const board = await deps.repos.readBoard(scope);
  const timeZone = member.timeZone ?? team.settings.timeZone;
  const today = localDate(deps.now(), timeZone);
  const { open, recentlyDone } = myTasks({
    tasks: board.tasks.map((task) => task.value),
    goals: board.goals.map((goal) => goal.value),
    userId,
    today,
    timeZone,
    linkTo: (taskId) => deps.links.to(team, { kind: 'task', taskId }),
  });
  const locale = pickLocale(input.actor.locale);
  const card = tasksCard({
    teamId: team.teamId,
    teamName: team.name,
    today,
    open,
    recentlyDone,
    boardUrl: deps.links.to(team, { kind: 'board' }),
    locale,
  });
  const t = tasksText(locale);
  const summary =
    open.length === 0 ? t('card.tasks.summaryEmpty') : t('card.tasks.summary', { count: open.length });
  return { kind: 'card', card, summary };
}
