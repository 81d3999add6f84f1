/** jsonwebtoken's errors, thrown through botbuilder untouched: bad signature, malformed token, not yet valid. */
const JWT_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * True when Bot Framework authentication failed because of the caller's token, not because of us.
 * botbuilder's AuthenticationError carries the status it means, and it uses 500 for its own outages (the
 * OpenID metadata or keys could not be fetched), which must stay server errors.
 */
export function isTokenRejection(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (JWT_ERRORS.has(error.name)) return true;
  return 'statusCode' in error && error.statusCode === 401;
}
