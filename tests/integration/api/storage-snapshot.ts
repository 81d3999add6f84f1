import type { Repositories } from '../../../shared/store/repositories.ts';
import type { TeamScope } from '../../../shared/store/team-scope.ts';

/** Everything stored on a team's board, with ETags: two equal snapshots mean nothing was written. */
export async function boardSnapshot(repos: Repositories, scope: TeamScope) {
  const board = await repos.readBoard(scope);
  return { members: board.members, goals: board.goals, tasks: board.tasks };
}
