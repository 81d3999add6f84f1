import { Router, type Response } from 'express';
import type { ServiceContext } from '../services/service-context.ts';

export function recognitionRoutes(_context: (res: Response) => ServiceContext): Router {
  return Router({ mergeParams: true });
}
