import { Router, type Response } from 'express';
import { CreateTaskRequestSchema, UpdateTaskRequestSchema } from '../../shared/api/task-requests.ts';
import type { ServiceContext } from '../services/service-context.ts';
import { createTask, deleteTask, updateTask } from '../services/task-service.ts';
import { requireIfMatch } from './if-match.ts';
import { entityIdParam } from './params.ts';
import { sendStored, versioned } from './send.ts';

export function taskRoutes(context: (res: Response) => ServiceContext): Router {
  const router = Router({ mergeParams: true });
  router.get('/tasks', async (_req, res) => {
    const ctx = context(res);
    res.json((await ctx.repos.tasks.list(ctx.access.scope)).map(versioned));
  });
  router.post('/tasks', async (req, res) => {
    const command = CreateTaskRequestSchema.parse(req.body);
    sendStored(res, await createTask(context(res), command), 201);
  });
  router.get('/tasks/:taskId', async (req, res) => {
    const ctx = context(res);
    sendStored(res, await ctx.repos.tasks.require(ctx.access.scope, entityIdParam(req, 'taskId', 'task')));
  });
  router.patch('/tasks/:taskId', async (req, res) => {
    const ifMatch = requireIfMatch(req);
    const command = UpdateTaskRequestSchema.parse(req.body);
    sendStored(res, await updateTask(context(res), entityIdParam(req, 'taskId', 'task'), command, ifMatch));
  });
  router.delete('/tasks/:taskId', async (req, res) => {
    await deleteTask(context(res), entityIdParam(req, 'taskId', 'task'), requireIfMatch(req));
    res.status(204).end();
  });
  return router;
}
