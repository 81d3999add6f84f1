import { Router, type Response } from 'express';
import type { Stored } from '../../shared/store/stored.ts';
import type { BoardItemRepository } from '../../shared/store/board-item-repository.ts';
import type { ServiceContext } from '../services/service-context.ts';
import type { IfMatch } from '../services/version-check.ts';
import { requireIfMatch } from './if-match.ts';
import { entityIdParam } from './params.ts';
import { sendStored, versioned } from './send.ts';

interface Parser<T> {
  parse(input: unknown): T;
}

/** One kind of board item (goals, tasks) as a REST resource: list, create, read, update, delete. */
export interface ResourceDefinition<
  T extends { tenantId: string; teamId: string; id: string },
  Create,
  Update,
> {
  /** Singular name, as in errors: `task`. */
  what: string;
  repository: (ctx: ServiceContext) => BoardItemRepository<T>;
  createSchema: Parser<Create>;
  updateSchema: Parser<Update>;
  create(ctx: ServiceContext, command: Create): Promise<Stored<T>>;
  update(ctx: ServiceContext, id: string, command: Update, ifMatch: IfMatch): Promise<Stored<T>>;
  remove(ctx: ServiceContext, id: string, ifMatch: IfMatch): Promise<void>;
}

export function resourceRoutes<T extends { tenantId: string; teamId: string; id: string }, Create, Update>(
  context: (res: Response) => ServiceContext,
  resource: ResourceDefinition<T, Create, Update>,
): Router {
  const router = Router({ mergeParams: true });
  const collection = `/${resource.what}s`;
  const item = `${collection}/:id`;
  router.get(collection, async (_req, res) => {
    const ctx = context(res);
    res.json((await resource.repository(ctx).list(ctx.access.scope)).map(versioned));
  });
  router.post(collection, async (req, res) => {
    const command = resource.createSchema.parse(req.body);
    sendStored(res, await resource.create(context(res), command), 201);
  });
  router.get(item, async (req, res) => {
    const ctx = context(res);
    const id = entityIdParam(req, 'id', resource.what);
    sendStored(res, await resource.repository(ctx).require(ctx.access.scope, id));
  });
  router.patch(item, async (req, res) => {
    const ifMatch = requireIfMatch(req);
    const command = resource.updateSchema.parse(req.body);
    sendStored(
      res,
      await resource.update(context(res), entityIdParam(req, 'id', resource.what), command, ifMatch),
    );
  });
  router.delete(item, async (req, res) => {
    await resource.remove(context(res), entityIdParam(req, 'id', resource.what), requireIfMatch(req));
    res.status(204).end();
  });
  return router;
}
