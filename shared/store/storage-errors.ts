/**
 * Classifies errors from @azure/data-tables by HTTP status. Azurite leaves `err.code` undefined, so the
 * status (`err.statusCode`) is the one signal that works against both Azurite and Azure.
 */

export function httpStatusOf(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null || !('statusCode' in err)) return undefined;
  return typeof err.statusCode === 'number' ? err.statusCode : undefined;
}

/** The service's error code, for example `UpdateConditionNotSatisfied` or `TableAlreadyExists`. */
export function storageErrorCodeOf(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null || !('details' in err)) return undefined;
  const details = err.details;
  if (typeof details !== 'object' || details === null || !('errorCode' in details)) return undefined;
  return typeof details.errorCode === 'string' ? details.errorCode : undefined;
}

/** 412: the ETag in `If-Match` is stale. */
export function isPreconditionFailed(err: unknown): boolean {
  return httpStatusOf(err) === 412;
}

/** 409: the entity (or table) exists already. */
export function isConflict(err: unknown): boolean {
  return httpStatusOf(err) === 409;
}

export function isNotFound(err: unknown): boolean {
  return httpStatusOf(err) === 404;
}
