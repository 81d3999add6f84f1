import { Router } from 'express';
import { LOCAL_DEMO_PATH, type LocalDemoTeam } from '../../shared/api/local-demo.ts';
import { DEMO_PEOPLE } from './demo-catalog.ts';
import { buildDemoTeam, DEMO_TEAM_ID, DEMO_TENANT_ID } from './demo-team.ts';

/** Where the local Teams host page lives (`tab/local-host/index.html`, served with the tab). */
export const LOCAL_HOST_PAGE = '/local-host/';

/**
 * Local mode only: `/host` opens the page that plays Teams for the tab, and the demo team's people are
 * listed for it and for the tab's local mode. A development tool: refused when NODE_ENV=production.
 */
export function localHostRoutes(options: { nodeEnv: string }): Router {
  if (options.nodeEnv.trim().toLowerCase() === 'production') {
    throw new Error('The local Teams host is a development tool; it is refused when NODE_ENV=production.');
  }
  const demo: LocalDemoTeam = {
    tenantId: DEMO_TENANT_ID,
    teamId: DEMO_TEAM_ID,
    teamName: buildDemoTeam(new Date(), 0).team.name,
    people: DEMO_PEOPLE.map((p) => ({
      userId: p.userId,
      name: p.name,
      email: `${p.handle}@northwind.example`,
      isLeader: p.leader,
    })),
  };
  const router = Router();
  router.get('/host', (req, res) => {
    const query = req.originalUrl.slice(req.path.length);
    res.redirect(302, `${LOCAL_HOST_PAGE}${query}`);
  });
  router.get(LOCAL_DEMO_PATH, (_req, res) => {
    res.set('Cache-Control', 'no-store').json(demo);
  });
  return router;
}
