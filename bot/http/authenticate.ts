import type { RequestHandler } from 'express';
import { bearerTokenFrom, type TokenVerifier } from '../auth/token-verifier.ts';
import { setCaller } from './request-context.ts';

/** Every /api/v1 request carries a Teams SSO token (or a local-issuer one), checked by the same code. */
export function authenticate(verifier: TokenVerifier): RequestHandler {
  return async (req, res, next) => {
    const token = bearerTokenFrom(req.header('authorization'));
    const caller = await verifier.verify(token);
    // Entra ids are GUIDs; stored keys use their lowercase form, so a token's casing cannot split a person in two.
    setCaller(res, {
      ...caller,
      tenantId: caller.tenantId.toLowerCase(),
      userId: caller.userId.toLowerCase(),
    });
    next();
  };
}
