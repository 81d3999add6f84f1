import type { RequestHandler } from 'express';
import { TeamIdSchema } from '../../shared/domain/ids.ts';
import { isLeader } from '../../shared/domain/team.ts';
import type { Repositories } from '../../shared/store/repositories.ts';
import { ForbiddenError } from '../services/service-errors.ts';
import { notFound } from './http-error.ts';
import { callerOf, setAccess } from './request-context.ts';

/**
 * Resolves `:teamId` within the caller's tenant (from the token, never from the client) and checks the
 * roster. A team of another tenant is indistinguishable from a missing one.
 */
export function teamAccess(repos: Repositories): RequestHandler {
  return async (req, res, next) => {
    const caller = callerOf(res);
    const teamId = TeamIdSchema.safeParse(req.params['teamId']);
    if (!teamId.success) throw notFound('team');
    const scope = { tenantId: caller.tenantId, teamId: teamId.data };
    const [team, member] = await Promise.all([
      repos.teams.get(scope),
      repos.members.get(scope, caller.userId),
    ]);
    if (!team || !team.value.active) throw notFound('team');
    if (!member || !member.value.active) throw new ForbiddenError('You are not on this team’s roster.');
    setAccess(res, {
      scope,
      userId: caller.userId,
      team: team.value,
      member: member.value,
      isLeader: isLeader(team.value, caller.userId),
    });
    next();
  };
}
