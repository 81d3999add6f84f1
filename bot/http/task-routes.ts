import type { Response, Router } from 'express';
import { CreateTaskRequestSchema, UpdateTaskRequestSchema } from '../../shared/api/task-requests.ts';
import type { ServiceContext } from '../services/service-context.ts';
import { createTask, deleteTask, updateTask } from '../services/task-service.ts';
import { resourceRoutes } from './resource-routes.ts';

export function taskRoutes(context: (res: Response) => ServiceContext): Router {
  return resourceRoutes(context, {
    what: 'task',
    repository: (ctx) => ctx.repos.tasks,
    createSchema: CreateTaskRequestSchema,
    updateSchema: UpdateTaskRequestSchema,
    create: createTask,
    update: updateTask,
    remove: deleteTask,
  });
}
