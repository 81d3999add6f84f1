import express, { Router, type RequestHandler, type Response } from 'express';
import type { LocalIssuer } from '../local/local-issuer.ts';

export interface LocalIssuerRouteOptions {
  /** True only for a known demo or roster user: the local issuer never mints for strangers. */
  canMint: (tenantId: string, userId: string) => Promise<boolean>;
}

const TOKEN_LIFETIME_SECONDS = 3600;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_ID_LENGTH = 128;

/** Local mode only: the composition root mounts this only when the local issuer is enabled. */
export function localIssuerRoutes(issuer: LocalIssuer, options: LocalIssuerRouteOptions): Router {
  const router = Router();
  const jwksUri = new URL(issuer.jwksUrlPath, issuer.issuer).href;
  const tokenEndpoint = new URL('/local-issuer/token', issuer.issuer).href;

  router.get(issuer.jwksUrlPath, (_req, res) => {
    res.set('Cache-Control', 'public, max-age=60').json(issuer.jwks());
  });

  router.get('/local-issuer/.well-known/openid-configuration', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=60').json({
      issuer: issuer.issuer,
      jwks_uri: jwksUri,
      token_endpoint: tokenEndpoint,
      response_types_supported: ['token'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: ['access_as_user'],
    });
  });

  router.post('/local-issuer/token', jsonBody, async (req, res) => {
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return badRequest(res, 'body', 'The body must be a JSON object { tenantId, userId }.');
    }
    const { tenantId, userId } = body as Record<string, unknown>;
    if (typeof tenantId !== 'string' || tenantId.trim() === '' || tenantId.length > MAX_ID_LENGTH) {
      return badRequest(res, 'tenantId', 'tenantId must be a non-empty string.');
    }
    if (typeof userId !== 'string' || !GUID.test(userId)) {
      return badRequest(res, 'userId', 'userId must be a user object id (a GUID).');
    }
    if (!(await options.canMint(tenantId, userId))) {
      res.status(404).json({
        error: { code: 'unknown_user', message: 'No demo or roster user has this tenantId and userId.' },
      });
      return;
    }
    const token = await issuer.mint({ tenantId, userId }, { expiresInSeconds: TOKEN_LIFETIME_SECONDS });
    res.set('Cache-Control', 'no-store').json({ token, expiresIn: TOKEN_LIFETIME_SECONDS });
  });

  return router;
}

function badRequest(res: Response, field: string, message: string): void {
  res.status(400).json({ error: { code: 'bad_request', message, field } });
}

const parseJson = express.json({ limit: '4kb' });

/** The JSON parser, answering bad or oversized bodies here rather than in the app's error handler. */
const jsonBody: RequestHandler = (req, res, next) => {
  parseJson(req, res, (error?: unknown) => {
    if (error === undefined) return next();
    const tooLarge = typeof error === 'object' && error !== null && 'status' in error && error.status === 413;
    res.status(tooLarge ? 413 : 400).json({
      error: { code: 'bad_request', message: 'The body must be a small JSON object.', field: 'body' },
    });
  });
};
