import type { Member } from '../../shared/domain/member.ts';
import { RecordExistsError } from '../../shared/store/record-errors.ts';
import type { Repositories } from '../../shared/store/repositories.ts';
import type { TeamScope } from '../../shared/store/team-scope.ts';
import type { RosterEntry } from './roster-entry.ts';

/** Adds the person to the roster, or re-activates and refreshes their row; writes nothing when nothing changed. */
export async function upsertMember(
  repos: Repositories,
  scope: TeamScope,
  entry: RosterEntry,
  now: Date,
): Promise<void> {
  const existing = await repos.members.get(scope, entry.userId);
  if (existing && !differs(existing.value, entry)) return;
  if (!existing) {
    try {
      await repos.members.insert({
        ...scope,
        userId: entry.userId,
        teamsUserId: entry.teamsUserId,
        name: entry.name,
        ...(entry.email === undefined ? {} : { email: entry.email }),
        skills: [],
        active: true,
        joinedAt: now.toISOString(),
        updatedAt: now.toISOString(),
      });
      return;
    } catch (error) {
      // Two install events race for the same roster: the other one inserted first, so refresh its row.
      if (!(error instanceof RecordExistsError)) throw error;
    }
  }
  await repos.members.update(scope, entry.userId, (member) => ({
    ...member,
    teamsUserId: entry.teamsUserId,
    name: entry.name,
    email: entry.email ?? member.email,
    active: true,
    updatedAt: now.toISOString(),
  }));
}

function differs(member: Member, entry: RosterEntry): boolean {
  return (
    !member.active ||
    member.teamsUserId !== entry.teamsUserId ||
    member.name !== entry.name ||
    (entry.email !== undefined && member.email !== entry.email)
  );
}
