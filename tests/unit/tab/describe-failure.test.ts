import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translate.ts';
import { ApiError } from '../../../tab/api/api-error.ts';
import { shell as germanShell } from '../../../tab/i18n/de-DE/shell.ts';
import { englishShellT, shell } from '../../../tab/i18n/en-US/shell.ts';
import { SessionError } from '../../../tab/session/session.ts';
import { describeFailure } from '../../../tab/shell/describe-failure.ts';

const german = createTranslator('de-DE', germanShell, shell);

describe('describeFailure', () => {
  it('words an API status in the language of the translator given', () => {
    const error = new ApiError(503, undefined);
    expect(describeFailure(error, englishShellT)).toEqual({
      kind: 'other',
      message: 'Cadence could not load the team (error 503). Try again.',
    });
    expect(describeFailure(error, german)).toEqual({
      kind: 'other',
      message: 'Cadence konnte das Team nicht laden (Fehler 503). Versuche es erneut.',
    });
    expect(describeFailure(new ApiError(401, undefined), german).kind).toBe('auth');
  });

  it('tells a timeout from an unreachable service', () => {
    expect(describeFailure(new ApiError(0, undefined, 'Cadence did not answer in time.'), german)).toEqual({
      kind: 'timeout',
      message: 'Cadence hat nicht rechtzeitig geantwortet.',
    });
    expect(
      describeFailure(
        new ApiError(0, undefined, 'Cadence could not be reached. Check your connection.'),
        german,
      ).message,
    ).toBe('Cadence ist nicht erreichbar. Überprüfe deine Verbindung.');
  });

  it('shows a session error in the tab’s language, keeping English as its message for logs', () => {
    const error = new SessionError('shell.session.teamsSignIn', 'auth', { reason: ' (consent required)' });
    expect(error.message).toBe('Teams could not sign you in to Cadence (consent required).');
    expect(describeFailure(error, german)).toEqual({
      kind: 'auth',
      message: 'Teams konnte dich nicht bei Cadence anmelden (consent required).',
    });
  });

  it('words anything else as a generic start-up failure', () => {
    expect(describeFailure(new TypeError('x'), german).message).toBe(
      'Beim Starten von Cadence ist ein Fehler aufgetreten. Versuche es erneut.',
    );
  });
});
