import { Router, type Response } from 'express';
import { UpdateSettingsRequestSchema } from '../../shared/api/settings-requests.ts';
import type { ServiceContext } from '../services/service-context.ts';
import { readSettings, updateSettings } from '../services/settings-service.ts';
import { requireIfMatch } from './if-match.ts';
import { sendStored } from './send.ts';

/** `/settings`: any member reads; leaders replace them with the team's ETag. */
export function settingsRoutes(context: (res: Response) => ServiceContext): Router {
  const router = Router({ mergeParams: true });
  router.get('/settings', async (_req, res) => {
    sendStored(res, await readSettings(context(res)));
  });
  router.put('/settings', async (req, res) => {
    const ifMatch = requireIfMatch(req);
    const command = UpdateSettingsRequestSchema.parse(req.body);
    sendStored(res, await updateSettings(context(res), command, ifMatch));
  });
  return router;
}
