import { ApiError } from '../api/api-error.ts';
import type { VersionedGoal } from '../api/api-client.ts';
import type { GoalsT } from '../i18n/en-US/goals.ts';
import type { ShellT } from '../i18n/en-US/shell.ts';
import { describeApiProblem } from '../shell/describe-api-problem.ts';

/** The stored goal a 412 carries, if the error is one. */
export function conflictGoal(error: unknown): VersionedGoal | undefined {
  if (!(error instanceof ApiError) || !error.isConflict) return undefined;
  const current = error.current;
  return typeof current === 'object' && current !== null && 'etag' in current
    ? (current as VersionedGoal)
    : undefined;
}

/** Words for a failed goal write. */
export function describeGoalError(error: unknown, t: GoalsT, shellT: ShellT): string {
  if (!(error instanceof ApiError)) return t('goals.error.generic');
  if (error.status === 403) return t('goals.error.forbidden');
  if (error.status === 409) return t('goals.error.hasTasks');
  if (error.status === 404) return t('goals.error.gone');
  if (error.status === 400 && error.field) {
    return t('goals.error.field', { field: error.field, message: error.message });
  }
  return describeApiProblem(error, shellT, t('goals.error.generic'));
}
