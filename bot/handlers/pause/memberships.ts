import type { Member } from '../../../shared/domain/member.ts';
import type { Team } from '../../../shared/domain/team.ts';
import { localDate } from '../../../shared/rules/week.ts';
import type { Actor } from '../actor.ts';
import type { BotDeps } from '../bot-deps.ts';

export interface Membership {
  member: Member;
  team: Team;
}

/** The person's records on every active team of the tenant: a pause is per person, not per team. */
export async function activeMemberships(deps: BotDeps, actor: Actor): Promise<Membership[]> {
  const members = await deps.repos.members.teamsOf(actor.tenantId, actor.userId);
  const teams = await Promise.all(members.map((member) => deps.repos.teams.get(member)));
  return members.flatMap((member, index) => {
    const team = teams[index]?.value;
    return team?.active ? [{ member, team }] : [];
  });
}

/**
 * Today where the person is: their own time zone, else their team's (the team of the channel they wrote
 * in, when they wrote in one).
 */
export function personalToday(memberships: readonly Membership[], actor: Actor, now: Date): string {
  const here = memberships.find(({ team }) => team.teamId === actor.teamId) ?? memberships[0];
  return localDate(now, here?.member.timeZone ?? here?.team.settings.timeZone ?? 'UTC');
}
