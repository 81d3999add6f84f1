import type { Member } from '../../../shared/domain/member.ts';
import { TeamSettingsSchema, type Team, type TeamSettings } from '../../../shared/domain/team.ts';
import type { Repositories } from '../../../shared/store/repositories.ts';
import { TENANT_ID, uniqueTeamId, userGuid } from '../../support/ids.ts';

export interface ScheduledPerson {
  userId: string;
  teamsUserId: string;
  name: string;
  timeZone?: string;
}

export interface ScheduledTeam {
  team: Team;
  scope: { tenantId: string; teamId: string };
  /** The leader first (on the team's clock), then one member per zone. */
  people: ScheduledPerson[];
}

let counter = 0;

/** A team stored through the real repositories: a leader on the team's clock and one member per zone. */
export async function scheduledTeam(
  repos: Repositories,
  zones: string[],
  options: { settings?: Partial<TeamSettings>; serviceUrl?: string; installedAt?: string } = {},
): Promise<ScheduledTeam> {
  const teamId = uniqueTeamId();
  const at = options.installedAt ?? '2026-01-05T00:00:00.000Z';
  const base = (counter += 1) * 1000 + Math.floor(Math.random() * 1e6) * 1000;
  const people: ScheduledPerson[] = [undefined, ...zones].map((timeZone, index) => {
    const userId = userGuid(base + index + 1);
    return { userId, teamsUserId: `29:1fake-${userId}`, name: `Person ${index}`, timeZone };
  });
  const [leader] = people as [ScheduledPerson];
  const team: Team = {
    tenantId: TENANT_ID,
    teamId,
    name: 'Scheduled team',
    active: true,
    conversation: {
      conversationId: teamId,
      channelId: teamId,
      serviceUrl: options.serviceUrl ?? 'https://smba.example.test/amer/',
    },
    installedAt: at,
    settings: TeamSettingsSchema.parse({
      timeZone: 'Europe/Berlin',
      leaders: [leader.userId],
      ...options.settings,
    }),
    createdAt: at,
    updatedAt: at,
  };
  await repos.teams.insert(team);
  for (const person of people) {
    const member: Member = {
      tenantId: TENANT_ID,
      teamId,
      userId: person.userId,
      teamsUserId: person.teamsUserId,
      name: person.name,
      timeZone: person.timeZone,
      skills: [],
      active: true,
      joinedAt: at,
      updatedAt: at,
    };
    await repos.members.insert(member);
  }
  return { team, scope: { tenantId: TENANT_ID, teamId }, people };
}

/** A minimal stored check-in answer for a member and week. */
export async function answer(
  repos: Repositories,
  scope: ScheduledTeam['scope'],
  week: string,
  userId: string,
) {
  const at = '2026-03-09T12:00:00.000Z';
  await repos.checkIns.upsert(scope, week, userId, () => ({
    ...scope,
    userId,
    week,
    taskUpdates: [],
    blockers: [],
    wins: [],
    confidence: 4,
    helpNote: '',
    answers: [],
    submittedAt: at,
    updatedAt: at,
  }));
}
