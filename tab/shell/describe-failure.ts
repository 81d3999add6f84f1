import { ApiError } from '../api/api-error.ts';
import type { ShellT } from '../i18n/en-US/shell.ts';
import { SessionError } from '../session/session.ts';
import type { FailureKind } from '../teams/teams-sdk.ts';

/**
 * The words a person sees when a screen's data cannot load (the tab's start-up, "My tasks", settings,
 * the dashboard), in the language of `t`, and the reason the host is given.
 */
export function describeFailure(error: unknown, t: ShellT): { kind: FailureKind; message: string } {
  if (error instanceof SessionError) return { kind: error.kind, message: t(error.key, error.params) };
  if (!(error instanceof ApiError)) return { kind: 'other', message: t('shell.failure.other') };
  switch (error.reason) {
    case 'timeout':
      return { kind: 'timeout', message: t('shell.failure.timeout') };
    case 'unreachable':
      return { kind: 'timeout', message: t('shell.failure.unreachable') };
    case 'http':
      break;
  }
  switch (error.status) {
    case 401:
      return { kind: 'auth', message: t('shell.failure.signIn') };
    case 403:
      return { kind: 'other', message: t('shell.failure.notMember') };
    case 404:
      return { kind: 'other', message: t('shell.failure.notInstalled') };
    default:
      return { kind: 'other', message: t('shell.failure.status', { status: error.status }) };
  }
}
