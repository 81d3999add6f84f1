import { dayLabel } from '../../../shared/cards/day-label.ts';
import { latestPauseDate, parsePauseUntil, type PauseProblem } from '../../../shared/rules/pause-until.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { BotReply } from '../bot-reply.ts';
import type { CommandInput } from '../command-input.ts';
import { NOT_ON_A_TEAM } from '../team-choice.ts';
import { activeMemberships, personalToday } from './memberships.ts';

const EXAMPLES = 'pause 2026-12-31, pause 2 weeks, pause 3 days or pause friday';

export const PAUSE_HELP =
  `Going away? Pause your check-ins until a day of your choice (that day included): ${EXAMPLES}. ` +
  'Type resume to restart them earlier.';

/**
 * `pause <until>`: no check-ins until that day (inclusive), on every team of the person, in their own
 * time zone. The team a command came from does not matter: a vacation is the person's, not a team's.
 */
export async function runPauseCommand(deps: BotDeps, input: CommandInput): Promise<BotReply> {
  if (input.args.trim() === '') return text(PAUSE_HELP);
  const memberships = await activeMemberships(deps, input.actor);
  if (memberships.length === 0) return text(NOT_ON_A_TEAM);
  const today = personalToday(memberships, input.actor, deps.now());
  const until = parsePauseUntil(input.args, today);
  if (!until.ok) return text(problemText(until.problem, today));
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
  const where = memberships.length > 1 ? ` on all ${memberships.length} of your teams` : '';
  return text(`Check-ins paused until ${dayLabel(until.date)}${where}. Type resume to restart.`);
}

function problemText(problem: PauseProblem, today: string): string {
  switch (problem) {
    case 'past':
      return `That day has already passed. Pick today or a later day, for example ${EXAMPLES}.`;
    case 'tooFar':
      return `Check-ins can pause for up to 90 days, until ${dayLabel(latestPauseDate(today))} at the latest. Try ${EXAMPLES}.`;
    case 'format':
      return `I could not read that as a day. Type it like ${EXAMPLES}.`;
  }
}

function text(value: string): BotReply {
  return { kind: 'text', text: value };
}
