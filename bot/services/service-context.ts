import type { Member } from '../../shared/domain/member.ts';
import type { Team } from '../../shared/domain/team.ts';
import type { Repositories } from '../../shared/store/repositories.ts';
import type { TeamScope } from '../../shared/store/team-scope.ts';

/** Who is acting, on which team, in which role. */
export interface TeamAccess {
  scope: TeamScope;
  userId: string;
  team: Team;
  member: Member;
  isLeader: boolean;
}

/** What a use case needs: storage, the caller's access on the team, and the clock. */
export interface ServiceContext {
  repos: Repositories;
  access: TeamAccess;
  now: () => Date;
}
