import type { Repositories } from '../../../shared/store/repositories.ts';
import type { BotPerson, BotTeam } from '../../support/bot-team.ts';

/** Puts a person of one bot team on another team's roster too, as Teams' roster sync would. */
export async function addToTeam(repos: Repositories, team: BotTeam, person: BotPerson): Promise<void> {
  const now = new Date().toISOString();
  await repos.members.insert({
    tenantId: team.tenantId,
    teamId: team.teamId,
    userId: person.userId,
    teamsUserId: person.teamsUserId,
    name: person.name,
    timeZone: person.timeZone,
    skills: [],
    active: true,
    joinedAt: now,
    updatedAt: now,
  });
}

/** Removes Cadence from a team, as an uninstall does: its roster stays, the team goes inactive. */
export async function deactivate(repos: Repositories, team: BotTeam): Promise<void> {
  await repos.teams.update(team, (current) => ({ ...current, active: false }));
}
