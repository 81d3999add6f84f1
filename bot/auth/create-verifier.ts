import type { AuthConfig } from '../config.ts';
import { createLocalIssuer, LOCAL_ISSUER_JWKS_PATH, type LocalIssuer } from '../local/local-issuer.ts';
import { createTokenVerifier, type TokenVerifier } from './token-verifier.ts';

export interface VerifierSetup {
  verifier: TokenVerifier;
  /** Present only in local mode. */
  localIssuer?: LocalIssuer;
}

/**
 * Entra settings, or the local issuer whose JWKS this very service serves at `baseUrl`. Both paths go
 * through the same verifier: there is no way to skip verification.
 */
export function createVerifier(
  auth: AuthConfig,
  context: { baseUrl: string; nodeEnv: string; keyFile?: string },
): VerifierSetup {
  if (auth.kind === 'entra') return { verifier: createTokenVerifier(auth) };
  const localIssuer = createLocalIssuer({
    issuer: `${context.baseUrl}/local-issuer`,
    audience: auth.audience,
    nodeEnv: context.nodeEnv,
    keyFile: context.keyFile,
  });
  const verifier = createTokenVerifier({
    issuers: [localIssuer.issuer],
    jwksUrl: `${context.baseUrl}${LOCAL_ISSUER_JWKS_PATH}`,
    audiences: [auth.audience],
    allowedTenants: 'any',
  });
  return { verifier, localIssuer };
}
