import { ApiError } from '../api/api-error.ts';
import type { ShellT } from '../i18n/en-US/shell.ts';
import { describeFailure } from './describe-failure.ts';

/**
 * The words for a failed write or load shown in a dialog or notice. A refusal (4xx) keeps the service's
 * own words, which name the field at fault; no answer or no connection gets the tab's words for it (as
 * when a screen cannot load), and a server failure `failed`, which says what did not happen.
 */
export function describeApiProblem(error: unknown, t: ShellT, failed: string): string {
  if (!(error instanceof ApiError)) return failed;
  if (error.reason !== 'http') return describeFailure(error, t).message;
  return error.status < 500 && error.body ? error.message : failed;
}
