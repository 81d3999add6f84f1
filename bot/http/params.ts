import type { Request } from 'express';
import { EntityIdSchema } from '../../shared/domain/ids.ts';
import { notFound } from './http-error.ts';

/** A path id that could never name a stored object is simply not found. */
export function entityIdParam(req: Request, name: string, what: string): string {
  const parsed = EntityIdSchema.safeParse(req.params[name]);
  if (!parsed.success) throw notFound(what);
  return parsed.data;
}
