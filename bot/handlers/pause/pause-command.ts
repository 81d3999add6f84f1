import { dayLabel } from '../../../shared/cards/day-label.ts';
import { repliesText, type RepliesT } from '../../../shared/cards/i18n/replies-text.ts';
import { pickLocale, type SupportedLocale } from '../../../shared/i18n/locales.ts';
import { latestPauseDate, parsePauseUntil, type PauseProblem } from '../../../shared/rules/pause-until.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { BotReply } from '../bot-reply.ts';
import type { CommandInput } from '../command-input.ts';
import { activeMemberships, personalToday } from './memberships.ts';

/** How to use `pause`, in `locale`. */
export function pauseHelp(locale: SupportedLocale): string {
  const t = repliesText(locale);
  return t('card.replies.pauseHelp', { examples: t('card.replies.pauseExamples') });
}

/**
 * `pause <until>`: no check-ins until that day (inclusive), on every team of the person, in their own
 * time zone. The team a command came from does not matter: a vacation is the person's, not a team's.
 */
export async function runPauseCommand(deps: BotDeps, input: CommandInput): Promise<BotReply> {
  const locale = pickLocale(input.actor.locale);
  const t = repliesText(locale);
  if (input.args.trim() === '') return text(pauseHelp(locale));
  const memberships = await activeMemberships(deps, input.actor);
  if (memberships.length === 0) return text(t('card.replies.notOnATeam'));
  const today = personalToday(memberships, input.actor, deps.now());
  const until = parsePauseUntil(input.args, today);
  if (!until.ok) return text(problemText(t, until.problem, today, locale));
  const updatedAt = deps.now().toISOString();
  await Promise.all(
    memberships.map(({ member }) =>
      deps.repos.members.update(member, member.userId, (current) => ({
        ...current,
        pausedUntil: until.date,
        updatedAt,
      })),
    ),
  );
  deps.logger.info({ teams: memberships.length }, 'check-ins paused');
  const date = dayLabel(until.date, locale);
  return text(t('card.replies.pausedOnTeams', { date, count: memberships.length }));
}

function problemText(t: RepliesT, problem: PauseProblem, today: string, locale: SupportedLocale): string {
  const examples = t('card.replies.pauseExamples');
  switch (problem) {
    case 'past':
      return t('card.replies.pausePast', { examples });
    case 'tooFar':
      return t('card.replies.pauseTooFar', { date: dayLabel(latestPauseDate(today), locale), examples });
    case 'format':
      return t('card.replies.pauseFormat', { examples });
  }
}

function text(value: string): BotReply {
  return { kind: 'text', text: value };
}
