import express, { Router, type Response } from 'express';
import type { Repositories } from '../../shared/store/repositories.ts';
import type { TokenVerifier } from '../auth/token-verifier.ts';
import type { BotDeps } from '../handlers/bot-deps.ts';
import type { ServiceContext } from '../services/service-context.ts';
import { authenticate } from './authenticate.ts';
import { boardRoutes } from './board-routes.ts';
import { dashboardRoutes } from './dashboard-routes.ts';
import { feedbackRoutes } from './feedback-routes.ts';
import { goalRoutes } from './goal-routes.ts';
import { historyRoutes } from './history-routes.ts';
import { myWorkRoutes } from './my-work-routes.ts';
import { notFound } from './http-error.ts';
import { recognitionRoutes } from './recognition-routes.ts';
import { accessOf } from './request-context.ts';
import { reviewRoutes } from './review-routes.ts';
import { settingsRoutes } from './settings-routes.ts';
import { taskRoutes } from './task-routes.ts';
import { teamAccess } from './team-access.ts';

export interface ApiDependencies {
  repos: Repositories;
  verifier: TokenVerifier;
  now: () => Date;
  /** Proactive sends and tab links, for what the API tells people in Teams (assignments, recognition). */
  bot: BotDeps;
}

/** Largest JSON body the API accepts; every field has a tighter limit of its own. */
export const MAX_BODY = '64kb';

/** `/api/v1`: authenticated, roster-checked, team-scoped. */
export function apiRouter({ repos, verifier, now, bot }: ApiDependencies): Router {
  const context = (res: Response): ServiceContext => ({
    repos,
    access: accessOf(res),
    now,
    outbound: bot.outbound,
    links: bot.links,
    logger: bot.logger,
  });
  const team = Router({ mergeParams: true });
  team.use(teamAccess(repos));
  team.use(
    boardRoutes(repos),
    goalRoutes(context),
    taskRoutes(context),
    historyRoutes(context),
    feedbackRoutes(context),
    recognitionRoutes(context),
    reviewRoutes(context),
    dashboardRoutes(context),
    settingsRoutes(context),
  );

  const api = Router();
  api.use(authenticate(verifier));
  api.use(express.json({ limit: MAX_BODY, strict: false }));
  api.use(myWorkRoutes({ repos, now, links: bot.links }));
  api.use('/teams/:teamId', team);
  api.use(() => {
    throw notFound('route');
  });
  return api;
}
