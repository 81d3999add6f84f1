import { isPausedOn } from '../../../shared/domain/pause.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { BotReply } from '../bot-reply.ts';
import type { CommandInput } from '../command-input.ts';
import { NOT_ON_A_TEAM } from '../team-choice.ts';
import { activeMemberships, personalToday } from './memberships.ts';

export const RESUMED = 'Check-ins resumed. Your next one comes at the usual time.';
export const NOT_PAUSED = 'Your check-ins are not paused, so there is nothing to resume.';

/** `resume`: ends a pause on every team of the person; a pause that already ran out is cleared too. */
export async function runResumeCommand(deps: BotDeps, input: CommandInput): Promise<BotReply> {
  const memberships = await activeMemberships(deps, input.actor);
  if (memberships.length === 0) return { kind: 'text', text: NOT_ON_A_TEAM };
  const today = personalToday(memberships, input.actor, deps.now());
  const paused = memberships.filter(({ member }) => member.pausedUntil !== undefined);
  const updatedAt = deps.now().toISOString();
  await Promise.all(
    paused.map(({ member }) =>
      deps.repos.members.update(member, member.userId, ({ pausedUntil: _cleared, ...current }) => ({
        ...current,
        updatedAt,
      })),
    ),
  );
  const wasPaused = paused.some(({ member }) => isPausedOn(member, today));
  if (wasPaused) deps.logger.info({ teams: paused.length }, 'check-ins resumed');
  return { kind: 'text', text: wasPaused ? RESUMED : NOT_PAUSED };
}
