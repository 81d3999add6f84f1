import type { Member } from '../../shared/domain/member.ts';
import { TeamSettingsSchema, type Team } from '../../shared/domain/team.ts';
import type { Repositories } from '../../shared/store/repositories.ts';
import { TENANT_ID, uniqueTeamId, userGuid } from './ids.ts';

export interface TeamFixture {
  tenantId: string;
  teamId: string;
  leader: string;
  members: string[];
  /** Someone of the same tenant who is not on this team's roster. */
  outsider: string;
}

/** A team with one leader and `memberCount` members, written through the real repositories. */
export async function createTeamFixture(
  repos: Repositories,
  options: { tenantId?: string; memberCount?: number; now?: Date } = {},
): Promise<TeamFixture> {
  const tenantId = options.tenantId ?? TENANT_ID;
  const teamId = uniqueTeamId();
  const now = (options.now ?? new Date()).toISOString();
  const base = Math.floor(Math.random() * 1e9) * 100;
  const leader = userGuid(base + 1);
  const members = Array.from({ length: options.memberCount ?? 2 }, (_, i) => userGuid(base + 2 + i));
  const team: Team = {
    tenantId,
    teamId,
    name: 'Fixture team',
    active: true,
    settings: TeamSettingsSchema.parse({ leaders: [leader] }),
    createdAt: now,
    updatedAt: now,
  };
  await repos.teams.insert(team);
  for (const [index, userId] of [leader, ...members].entries()) {
    const member: Member = {
      tenantId,
      teamId,
      userId,
      name: index === 0 ? 'Lee Leader' : `Member ${index}`,
      skills: [],
      active: true,
      joinedAt: now,
      updatedAt: now,
    };
    await repos.members.insert(member);
  }
  return { tenantId, teamId, leader, members, outsider: userGuid(base + 99) };
}
