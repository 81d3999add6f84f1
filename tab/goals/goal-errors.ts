import { ApiError } from '../api/api-error.ts';
import type { VersionedGoal } from '../api/api-client.ts';

/** The stored goal a 412 carries, if the error is one. */
export function conflictGoal(error: unknown): VersionedGoal | undefined {
  if (!(error instanceof ApiError) || !error.isConflict) return undefined;
  const current = error.current;
  return typeof current === 'object' && current !== null && 'etag' in current
    ? (current as VersionedGoal)
    : undefined;
}

/** Words for a failed goal write. */
export function describeGoalError(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong. Try again.';
  if (error.status === 403) return 'Only team leaders can change goals.';
  if (error.status === 409) return 'This goal still has tasks: move or delete them first.';
  if (error.status === 404) return 'This goal no longer exists.';
  if (error.status === 400 && error.field) return `Check ${error.field}: ${error.message}`;
  return error.message;
}
