import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { localIssuerRoutes, type LocalIssuerRouteOptions } from '../../../bot/http/local-issuer-routes.ts';
import { createLocalIssuer, type LocalIssuer } from '../../../bot/local/local-issuer.ts';

export const AUDIENCE = 'api://localhost/00000000-0000-4000-8000-0000000000c1';
export const TENANT = '00000000-0000-4000-8000-000000000001';
export const OTHER_TENANT = '00000000-0000-4000-8000-000000000002';
export const ALICE = '00000000-0000-4000-8000-0000000000a1';

export interface LocalIssuerServer {
  issuer: LocalIssuer;
  baseUrl: string;
  jwksUrl: string;
  close(): Promise<void>;
}

/** The local issuer and its routes on a real loopback HTTP server (port 0). */
export async function startLocalIssuerServer(
  options: { keyFile?: string; canMint?: LocalIssuerRouteOptions['canMint'] } = {},
): Promise<LocalIssuerServer> {
  const app = express();
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const issuer = createLocalIssuer({
    issuer: `${baseUrl}/local-issuer`,
    audience: AUDIENCE,
    nodeEnv: 'test',
    ...(options.keyFile === undefined ? {} : { keyFile: options.keyFile }),
  });
  app.use(localIssuerRoutes(issuer, { canMint: options.canMint ?? (() => Promise.resolve(false)) }));
  return {
    issuer,
    baseUrl,
    jwksUrl: new URL(issuer.jwksUrlPath, baseUrl).href,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
