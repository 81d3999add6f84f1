import { chooseTeamCard } from '../../shared/cards/choose-team-card.ts';
import { chooseTeamText } from '../../shared/cards/i18n/choose-team-text.ts';
import { repliesText } from '../../shared/cards/i18n/replies-text.ts';
import { TeamIdSchema } from '../../shared/domain/ids.ts';
import { isLeader } from '../../shared/domain/team.ts';
import { pickLocale } from '../../shared/i18n/locales.ts';
import type { TeamAccess } from '../services/service-context.ts';
import type { Actor } from './actor.ts';
import type { BotDeps } from './bot-deps.ts';
import type { BotReply } from './bot-reply.ts';

export type TeamResolution = { kind: 'team'; access: TeamAccess } | { kind: 'reply'; reply: BotReply };

/**
 * The team a command or card acts on, with the actor's access checked against storage: the channel's team,
 * a team named by the card, or (in a personal chat) the actor's only team. A person on several teams gets a
 * "which team?" card that runs `command` again with the chosen team.
 */
export async function resolveTeam(
  deps: BotDeps,
  actor: Actor,
  command: string,
  teamId: string | undefined = actor.teamId,
): Promise<TeamResolution> {
  const locale = pickLocale(actor.locale);
  const t = repliesText(locale);
  if (teamId !== undefined) {
    const access = await accessFor(deps, actor, teamId);
    return access
      ? { kind: 'team', access }
      : { kind: 'reply', reply: { kind: 'text', text: t('card.replies.notOnThisTeam') } };
  }
  const memberships = await deps.repos.members.teamsOf(actor.tenantId, actor.userId);
  const teams = (await Promise.all(memberships.map((member) => deps.repos.teams.get(member)))).flatMap(
    (team) => (team?.value.active ? [team.value] : []),
  );
  const [only] = teams;
  if (!only) return { kind: 'reply', reply: { kind: 'text', text: t('card.replies.notOnATeam') } };
  if (teams.length === 1) return resolveTeam(deps, actor, command, only.teamId);
  const choices = teams.map((team) => ({ teamId: team.teamId, name: team.name }));
  return {
    kind: 'reply',
    reply: {
      kind: 'card',
      card: chooseTeamCard(command, choices, locale),
      summary: chooseTeamText(locale)('card.chooseTeam.title'),
    },
  };
}

/**
 * The actor's access to a team; undefined when the team is gone or they are not on it. Read from the cached
 * team and board (at most a second old, and fresh after this process's own writes, like the API's reads):
 * every card action needs them, and most read the board anyway.
 */
export async function accessFor(
  deps: BotDeps,
  actor: Actor,
  teamId: string,
): Promise<TeamAccess | undefined> {
  const parsed = TeamIdSchema.safeParse(teamId);
  if (!parsed.success) return undefined;
  const scope = { tenantId: actor.tenantId, teamId: parsed.data };
  const [team, board] = await Promise.all([deps.repos.teams.getCached(scope), deps.repos.readBoard(scope)]);
  const member = board.members.find((entry) => entry.value.userId === actor.userId);
  if (!team?.value.active || !member?.value.active) return undefined;
  return {
    scope,
    userId: actor.userId,
    team: team.value,
    member: member.value,
    isLeader: isLeader(team.value, actor.userId),
  };
}
