import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';

export interface AuthSettings {
  /** Accepted `iss` values; `{tenantid}` is replaced by the token's own `tid`. */
  issuers: string[];
  jwksUrl: string;
  audiences: string[];
  allowedTenants: string[] | 'any';
  /** Defaults to `access_as_user`. */
  requiredScope?: string;
  /** Defaults to 300 (5 minutes of clock skew). */
  clockToleranceSeconds?: number;
}

export interface Caller {
  tenantId: string;
  userId: string;
  name?: string;
  username?: string;
}

export interface TokenVerifier {
  verify(token: string): Promise<Caller>;
}

export type AuthErrorReason =
  | 'missing_token'
  | 'malformed'
  | 'bad_signature'
  | 'expired'
  | 'wrong_audience'
  | 'wrong_issuer'
  | 'tenant_not_allowed'
  | 'missing_scope'
  | 'missing_claim'
  | 'jwks_unavailable';

export class AuthError extends Error {
  override readonly name = 'AuthError';
  readonly reason: AuthErrorReason;

  constructor(reason: AuthErrorReason, message: string, options?: ErrorOptions) {
    super(message, options);
    this.reason = reason;
  }
}

// Asymmetric algorithms only: 'none' and HS* (shared secrets) must never verify.
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TENANT_TEMPLATE = /\{tenantid\}/gi;
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;

export function bearerTokenFrom(authorizationHeader: string | undefined): string {
  const header = authorizationHeader?.trim() ?? '';
  if (header === '') throw new AuthError('missing_token', 'Sign-in required: no bearer token was sent.');
  const token = BEARER.exec(header)?.[1];
  if (token === undefined) {
    throw new AuthError('malformed', 'The Authorization header must be "Bearer <token>".');
  }
  return token;
}

export function createTokenVerifier(settings: AuthSettings): TokenVerifier {
  const checked = checkSettings(settings);
  const remoteKeys = createRemoteJWKSet(checked.jwksUrl);
  const getKey: JWTVerifyGetKey = async (header, token) => {
    try {
      return await remoteKeys(header, token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
        throw error;
      }
      throw new AuthError('jwks_unavailable', 'The token signing keys are unavailable; try again shortly.', {
        cause: error,
      });
    }
  };

  return {
    async verify(token) {
      if (token === '') throw new AuthError('missing_token', 'Sign-in required: no bearer token was sent.');
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, getKey, {
          algorithms: ALGORITHMS,
          audience: settings.audiences,
          clockTolerance: checked.clockToleranceSeconds,
          requiredClaims: ['exp'],
        }));
      } catch (error) {
        throw toAuthError(error);
      }
      return callerFrom(payload, checked);
    },
  };
}

interface CheckedSettings {
  issuers: string[];
  jwksUrl: URL;
  allowedTenants: Set<string> | 'any';
  requiredScope: string;
  clockToleranceSeconds: number;
}

function checkSettings(settings: AuthSettings): CheckedSettings {
  const nonEmpty = (values: string[]) => values.length > 0 && values.every((value) => value.trim() !== '');
  if (!nonEmpty(settings.issuers)) throw new Error('Auth settings: issuers must list at least one issuer.');
  if (!nonEmpty(settings.audiences))
    throw new Error('Auth settings: audiences must list at least one audience.');
  const { allowedTenants } = settings;
  if (allowedTenants !== 'any' && !nonEmpty(allowedTenants)) {
    throw new Error('Auth settings: allowedTenants must be "any" or list at least one tenant id.');
  }
  if (!URL.canParse(settings.jwksUrl)) throw new Error('Auth settings: jwksUrl must be an absolute URL.');
  const requiredScope = settings.requiredScope ?? 'access_as_user';
  if (requiredScope.trim() === '') throw new Error('Auth settings: requiredScope must not be empty.');
  const clockToleranceSeconds = settings.clockToleranceSeconds ?? 300;
  if (!Number.isFinite(clockToleranceSeconds) || clockToleranceSeconds < 0) {
    throw new Error('Auth settings: clockToleranceSeconds must be a non-negative number.');
  }
  return {
    issuers: [...settings.issuers],
    jwksUrl: new URL(settings.jwksUrl),
    allowedTenants: allowedTenants === 'any' ? 'any' : new Set(allowedTenants.map((id) => id.toLowerCase())),
    requiredScope,
    clockToleranceSeconds,
  };
}

function callerFrom(payload: JWTPayload, settings: CheckedSettings): Caller {
  const tenantId = stringClaim(payload, 'tid');
  if (tenantId === undefined) throw new AuthError('missing_claim', 'The token has no tenant id (tid) claim.');
  const issuers = settings.issuers.map((issuer) => issuer.replace(TENANT_TEMPLATE, () => tenantId));
  if (payload.iss === undefined || !issuers.includes(payload.iss)) {
    throw new AuthError('wrong_issuer', 'The token was not issued by a trusted issuer.');
  }
  if (settings.allowedTenants !== 'any' && !settings.allowedTenants.has(tenantId.toLowerCase())) {
    throw new AuthError('tenant_not_allowed', 'Your organisation is not allowed to use this app.');
  }
  const userId = stringClaim(payload, 'oid');
  if (userId === undefined || !GUID.test(userId)) {
    throw new AuthError('missing_claim', 'The token has no user object id (oid) claim.');
  }
  const scopes = stringClaim(payload, 'scp')?.split(' ') ?? [];
  if (!scopes.includes(settings.requiredScope)) {
    throw new AuthError('missing_scope', `The token does not grant the ${settings.requiredScope} scope.`);
  }
  const name = stringClaim(payload, 'name');
  const username = stringClaim(payload, 'preferred_username') ?? stringClaim(payload, 'upn');
  return {
    tenantId,
    userId,
    ...(name === undefined ? {} : { name }),
    ...(username === undefined ? {} : { username }),
  };
}

function stringClaim(payload: JWTPayload, claim: string): string | undefined {
  const value = payload[claim];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function toAuthError(error: unknown): AuthError {
  if (error instanceof AuthError) return error;
  if (error instanceof errors.JWTExpired) return new AuthError('expired', 'The token has expired.');
  if (error instanceof errors.JWTClaimValidationFailed) return claimError(error);
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) {
    return new AuthError('malformed', 'The token is not a well-formed JWT.');
  }
  if (error instanceof errors.JOSENotSupported) {
    return new AuthError('malformed', 'The token uses an unsupported JOSE feature.');
  }
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys ||
    error instanceof errors.JOSEAlgNotAllowed
  ) {
    return new AuthError('bad_signature', 'The token is not signed by a trusted key.');
  }
  // Anything else (e.g. a key jose refuses to use) still fails closed.
  return new AuthError('bad_signature', 'The token signature could not be verified.');
}

function claimError(error: InstanceType<typeof errors.JWTClaimValidationFailed>): AuthError {
  if (error.claim === 'aud') return new AuthError('wrong_audience', 'The token was issued for another app.');
  if (error.claim === 'nbf') return new AuthError('expired', 'The token is not valid yet.');
  if (error.reason === 'missing') {
    return new AuthError('missing_claim', `The token has no ${error.claim} claim.`);
  }
  return new AuthError('malformed', `The token's ${error.claim} claim is invalid.`);
}
