import type { Repositories } from '../../shared/store/repositories.ts';
import type { TeamScope } from '../../shared/store/team-scope.ts';
import { upsertMember } from './member-upsert.ts';
import type { RosterEntry } from './roster-entry.ts';

/**
 * Someone joined a team Cadence is installed in: on the roster, silently. Their details are looked up only
 * for a team Cadence serves.
 */
export async function memberJoined(
  repos: Repositories,
  scope: TeamScope,
  loadEntry: () => Promise<RosterEntry | undefined>,
  now: Date,
): Promise<void> {
  const team = await repos.teams.get(scope);
  if (!team?.value.active) return;
  const entry = await loadEntry();
  if (entry) await upsertMember(repos, scope, entry, now);
}

/**
 * Someone left: their row stays, inactive, because history names them. Teams identifies them only by
 * their Teams user id here, so the roster is searched for it.
 */
export async function memberLeft(
  repos: Repositories,
  scope: TeamScope,
  teamsUserId: string,
  now: Date,
): Promise<void> {
  const members = await repos.members.list(scope);
  const leaving = members.filter((member) => member.value.active && member.value.teamsUserId === teamsUserId);
  for (const member of leaving) {
    await repos.members.update(scope, member.value.userId, (current) => ({
      ...current,
      active: false,
      updatedAt: now.toISOString(),
    }));
  }
}
