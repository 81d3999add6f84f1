import { ApiError } from '../api/api-error.ts';
import { SessionError } from '../session/session.ts';
import type { FailureKind } from '../teams/teams-sdk.ts';

/** The words a person sees for a start-up failure, and the reason the host is given. */
export function describeFailure(error: unknown): { kind: FailureKind; message: string } {
  if (error instanceof SessionError) return { kind: error.kind, message: error.message };
  if (error instanceof ApiError) {
    switch (error.status) {
      case 0:
        return { kind: 'timeout', message: error.message };
      case 401:
        return { kind: 'auth', message: 'Cadence could not confirm your sign-in. Try again.' };
      case 403:
        return {
          kind: 'other',
          message: 'You are not on this team in Cadence yet. Ask a team leader to add you.',
        };
      case 404:
        return {
          kind: 'other',
          message: 'Cadence is not set up for this team yet. Ask a team owner to add the Cadence app.',
        };
      default:
        return {
          kind: 'other',
          message: `Cadence could not load the team (error ${error.status}). Try again.`,
        };
    }
  }
  return { kind: 'other', message: 'Something went wrong while starting Cadence. Try again.' };
}
