import type { Response, Router } from 'express';
import { CreateGoalRequestSchema, UpdateGoalRequestSchema } from '../../shared/api/goal-requests.ts';
import { createGoal, deleteGoal, updateGoal } from '../services/goal-service.ts';
import type { ServiceContext } from '../services/service-context.ts';
import { resourceRoutes } from './resource-routes.ts';

export function goalRoutes(context: (res: Response) => ServiceContext): Router {
  return resourceRoutes(context, {
    what: 'goal',
    repository: (ctx) => ctx.repos.goals,
    createSchema: CreateGoalRequestSchema,
    updateSchema: UpdateGoalRequestSchema,
    create: createGoal,
    update: updateGoal,
    remove: deleteGoal,
  });
}
