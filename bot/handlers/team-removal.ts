import type { Repositories } from '../../shared/store/repositories.ts';
import type { TeamScope } from '../../shared/store/team-scope.ts';

/** Uninstall or team deletion: the team goes inactive (its data stays) and the API stops serving it. */
export async function deactivateTeam(repos: Repositories, scope: TeamScope, now: Date): Promise<void> {
  const team = await repos.teams.get(scope);
  if (!team || !team.value.active) return;
  await repos.teams.update(scope, (current) => ({ ...current, active: false, updatedAt: now.toISOString() }));
}
