import { ApiError } from '../api/api-error.ts';
import { shell, type ShellT } from '../i18n/en-US/shell.ts';
import { SessionError } from '../session/session.ts';
import type { FailureKind } from '../teams/teams-sdk.ts';

/** The words a person sees for a start-up failure, in the language of `t`, and the reason the host is given. */
export function describeFailure(error: unknown, t: ShellT): { kind: FailureKind; message: string } {
  if (error instanceof SessionError) return { kind: error.kind, message: t(error.key, error.params) };
  if (error instanceof ApiError) {
    switch (error.status) {
      case 0:
        // The API client tells a timeout from an unreachable service only by its (English) words.
        return {
          kind: 'timeout',
          message: t(
            error.message === shell['shell.failure.timeout']
              ? 'shell.failure.timeout'
              : 'shell.failure.unreachable',
          ),
        };
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
  return { kind: 'other', message: t('shell.failure.other') };
}
