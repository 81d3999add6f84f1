import type { Member } from '../../shared/domain/member.ts';
import type { Team } from '../../shared/domain/team.ts';
import type { Repositories } from '../../shared/store/repositories.ts';
import type { TeamScope } from '../../shared/store/team-scope.ts';
import type { Outbound } from '../handlers/outbound.ts';
import type { TabLinks } from '../handlers/tab-links.ts';
import type { Logger } from '../logger.ts';

/** Who is acting, on which team, in which role. */
export interface TeamAccess {
  scope: TeamScope;
  userId: string;
  team: Team;
  member: Member;
  isLeader: boolean;
}

/**
 * What a use case needs: storage, the caller's access on the team, the clock, and (for what it tells
 * people in Teams) proactive sends, tab links and a logger for deliveries that fail after the write.
 */
export interface ServiceContext {
  repos: Repositories;
  access: TeamAccess;
  now: () => Date;
  outbound: Outbound;
  links: TabLinks;
  logger: Logger;
}
