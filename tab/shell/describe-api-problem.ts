import { ApiError } from '../api/api-error.ts';
import type { ShellT } from '../i18n/en-US/shell.ts';

/**
 * The words for a failed write or load shown in a dialog or notice. A refusal (4xx) keeps the service's
 * own words, which name the field at fault; no answer, no connection or a server failure gets the tab's
 * words in its language: `failed` says what did not happen.
 */
export function describeApiProblem(error: unknown, t: ShellT, failed: string): string {
  if (!(error instanceof ApiError)) return failed;
  switch (error.reason) {
    case 'timeout':
      return t('shell.failure.timeout');
    case 'unreachable':
      return t('shell.failure.unreachable');
    case 'http':
      return error.status < 500 && error.body ? error.message : failed;
  }
}
