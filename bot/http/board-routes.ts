import { Router } from 'express';
import type { BoardMember, BoardResponse } from '../../shared/api/board.ts';
import type { BoardSnapshot } from '../../shared/store/board-reader.ts';
import type { Repositories } from '../../shared/store/repositories.ts';
import type { TeamAccess } from '../services/service-context.ts';
import { accessOf } from './request-context.ts';
import { versioned } from './send.ts';

type SharedPart = Pick<BoardResponse, 'members' | 'goals' | 'tasks' | 'linkCounts'>;

/**
 * A board snapshot is shared by everyone on the team until it changes, so its JSON is made once per
 * snapshot; only `team` and `me` are written per request. This keeps a 2,000-task board cheap to serve.
 */
const serialized = new WeakMap<BoardSnapshot, { leaders: string; json: Buffer }>();

export function boardRoutes(repos: Repositories): Router {
  const router = Router({ mergeParams: true });
  router.get('/board', async (_req, res) => {
    const access = accessOf(res);
    const snapshot = await repos.readBoard(access.scope);
    const perRequest: Pick<BoardResponse, 'team' | 'me'> = {
      team: { teamId: access.team.teamId, name: access.team.name, settings: access.team.settings },
      me: { userId: access.userId, isLeader: access.isLeader },
    };
    const head = Buffer.from(`${JSON.stringify(perRequest).slice(0, -1)},`);
    res.type('application/json').end(Buffer.concat([head, sharedJson(snapshot, access)]));
  });
  return router;
}

/** `"members":[…],"goals":[…],"tasks":[…],"linkCounts":{…}}`: the tail of the board's JSON object. */
function sharedJson(snapshot: BoardSnapshot, access: TeamAccess): Buffer {
  const leaders = access.team.settings.leaders.join(',');
  const cached = serialized.get(snapshot);
  if (cached?.leaders === leaders) return cached.json;
  const shared: SharedPart = {
    members: snapshot.members.map(({ value: m }) => boardMember(m, access.team.settings.leaders)),
    goals: snapshot.goals.map(versioned),
    tasks: snapshot.tasks.map(versioned),
    linkCounts: snapshot.linkCounts,
  };
  const json = Buffer.from(JSON.stringify(shared).slice(1));
  serialized.set(snapshot, { leaders, json });
  return json;
}

function boardMember(m: BoardSnapshot['members'][number]['value'], leaders: readonly string[]): BoardMember {
  return {
    userId: m.userId,
    name: m.name,
    timeZone: m.timeZone,
    skills: m.skills,
    pausedUntil: m.pausedUntil,
    active: m.active,
    isLeader: leaders.includes(m.userId),
  };
}
