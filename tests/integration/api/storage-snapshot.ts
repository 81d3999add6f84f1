import type { Repositories } from '../../../shared/store/repositories.ts';
import type { TeamScope } from '../../../shared/store/team-scope.ts';

/**
 * Everything stored on a team's board, with ETags, read from the table rather than the board cache:
 * two equal snapshots mean nothing was written in between.
 */
export async function boardSnapshot(repos: Repositories, scope: TeamScope) {
  const [members, goals, tasks] = await Promise.all([
    repos.members.list(scope),
    repos.goals.list(scope),
    repos.tasks.list(scope),
  ]);
  return { members, goals, tasks };
}
