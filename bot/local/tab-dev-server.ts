import type { Server } from 'node:http';
import path from 'node:path';
import type { RequestHandler } from 'express';
import { createServer, type ViteDevServer } from 'vite';

export interface TabDevServer {
  /** Serves the tab's pages and modules; mount it after the API. */
  middleware: RequestHandler;
  /** Shares the service's port for hot reload: call once the service listens. */
  attach(httpServer: Server): Promise<void>;
  close(): Promise<void>;
}

/**
 * The tab from source for `npm run dev`: Vite in middleware mode inside the service, so the tab, the
 * local Teams host page and the API share one origin (which is what lets teams-js trust the host).
 */
export function tabDevServer(): TabDevServer {
  let vite: ViteDevServer | undefined;
  return {
    middleware: (req, res, next) => {
      if (vite) return vite.middlewares(req, res, next);
      // Vite takes a few seconds to start on a fresh clone; say so rather than answer 404.
      res
        .status(503)
        .set('Retry-After', '2')
        .type('text/plain')
        .send('Cadence is starting the tab: reload in a moment.');
    },
    async attach(httpServer) {
      vite = await createServer({
        configFile: path.resolve('vite.config.ts'),
        appType: 'mpa',
        server: { middlewareMode: true, hmr: { server: httpServer } },
      });
    },
    close: async () => vite?.close(),
  };
}
