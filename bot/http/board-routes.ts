import { Router } from 'express';
import type { BoardResponse } from '../../shared/api/board.ts';
import type { Repositories } from '../../shared/store/repositories.ts';
import { accessOf } from './request-context.ts';
import { versioned } from './send.ts';

export function boardRoutes(repos: Repositories): Router {
  const router = Router({ mergeParams: true });
  router.get('/board', async (_req, res) => {
    const access = accessOf(res);
    const board = await repos.readBoard(access.scope);
    const leaders = new Set(access.team.settings.leaders);
    const body: BoardResponse = {
      team: { teamId: access.team.teamId, name: access.team.name, settings: access.team.settings },
      me: { userId: access.userId, isLeader: access.isLeader },
      members: board.members.map(({ value: m }) => ({
        userId: m.userId,
        name: m.name,
        timeZone: m.timeZone,
        skills: m.skills,
        pausedUntil: m.pausedUntil,
        active: m.active,
        isLeader: leaders.has(m.userId),
      })),
      goals: board.goals.map(versioned),
      tasks: board.tasks.map(versioned),
    };
    res.json(body);
  });
  return router;
}
