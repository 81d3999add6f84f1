import type { Request, RequestHandler } from 'express';
import { TeamIdSchema } from '../../shared/domain/ids.ts';
import type { Member } from '../../shared/domain/member.ts';
import { isLeader } from '../../shared/domain/team.ts';
import type { Repositories } from '../../shared/store/repositories.ts';
import type { TeamScope } from '../../shared/store/team-scope.ts';
import { ForbiddenError } from '../services/service-errors.ts';
import { notFound } from './http-error.ts';
import { callerOf, setAccess } from './request-context.ts';

/**
 * Resolves `:teamId` within the caller's tenant (from the token, never from the client) and checks the
 * roster. A team of another tenant is indistinguishable from a missing one. Reads may use the cached team
 * and board (at most a second old); writes are checked against storage itself.
 */
export function teamAccess(repos: Repositories): RequestHandler {
  return async (req, res, next) => {
    const caller = callerOf(res);
    const teamId = TeamIdSchema.safeParse(req.params['teamId']);
    if (!teamId.success) throw notFound('team');
    const scope = { tenantId: caller.tenantId, teamId: teamId.data };
    const cached = isRead(req);
    const [team, member] = await Promise.all([
      cached ? repos.teams.getCached(scope) : repos.teams.get(scope),
      memberOf(repos, scope, caller.userId, cached),
    ]);
    if (!team || !team.value.active) throw notFound('team');
    if (!member || !member.active) throw new ForbiddenError('You are not on this team’s roster.');
    setAccess(res, {
      scope,
      userId: caller.userId,
      team: team.value,
      member,
      isLeader: isLeader(team.value, caller.userId),
    });
    next();
  };
}

function isRead(req: Request): boolean {
  return req.method === 'GET' || req.method === 'HEAD';
}

async function memberOf(
  repos: Repositories,
  scope: TeamScope,
  userId: string,
  cached: boolean,
): Promise<Member | undefined> {
  if (!cached) return (await repos.members.get(scope, userId))?.value;
  const board = await repos.readBoard(scope);
  return board.members.find((member) => member.value.userId === userId)?.value;
}
