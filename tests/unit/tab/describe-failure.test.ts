import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translate.ts';
import { ApiError } from '../../../tab/api/api-error.ts';
import { request } from '../../../tab/api/request.ts';
import { shell as germanShell } from '../../../tab/i18n/de-DE/shell.ts';
import { englishShellT, shell } from '../../../tab/i18n/en-US/shell.ts';
import { SessionError } from '../../../tab/session/session.ts';
import { describeApiProblem } from '../../../tab/shell/describe-api-problem.ts';
import { describeFailure } from '../../../tab/shell/describe-failure.ts';

const german = createTranslator('de-DE', germanShell, shell);

/** The error the API client throws when fetch fails with `failure` or answers with `response`. */
async function failedCall(answer: { failure: unknown } | { response: Response }): Promise<unknown> {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => ('failure' in answer ? Promise.reject(answer.failure) : Promise.resolve(answer.response))),
  );
  return request(() => Promise.resolve('token'), '/api/v1/teams/t/board').then(
    () => expect.fail('the call should fail'),
    (error: unknown) => error,
  );
}

const timeout = () => failedCall({ failure: new DOMException('signal timed out', 'TimeoutError') });
const unreachable = () => failedCall({ failure: new TypeError('Failed to fetch') });
const answered = (status: number, body?: unknown) =>
  failedCall({ response: new Response(body === undefined ? null : JSON.stringify(body), { status }) });
const refusal = (status: number, message: string, field?: string) =>
  answered(status, { error: { code: 'validation_failed', message, field } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the API client’s errors', () => {
  it('say why the call failed: no answer in time, no connection, or an HTTP status', async () => {
    expect(await timeout()).toMatchObject({ name: 'ApiError', status: 0, reason: 'timeout' });
    expect(await unreachable()).toMatchObject({ name: 'ApiError', status: 0, reason: 'unreachable' });
    expect(await answered(503)).toMatchObject({ name: 'ApiError', status: 503, reason: 'http' });
  });
});

describe('describeFailure', () => {
  it('words an API status in the language of the translator given', async () => {
    const error = await answered(503);
    expect(describeFailure(error, englishShellT)).toEqual({
      kind: 'other',
      message: 'Cadence answered with an error (503). Try again.',
    });
    expect(describeFailure(error, german)).toEqual({
      kind: 'other',
      message: 'Cadence hat mit einem Fehler geantwortet (503). Versuche es noch einmal.',
    });
    expect(describeFailure(await answered(401), german).kind).toBe('auth');
  });

  it('tells a timeout from an unreachable service, whatever the error’s own words', async () => {
    expect(describeFailure(await timeout(), german)).toEqual({
      kind: 'timeout',
      message: 'Cadence hat nicht rechtzeitig geantwortet.',
    });
    expect(describeFailure(await unreachable(), german)).toEqual({
      kind: 'timeout',
      message: 'Cadence ist nicht erreichbar. Überprüfe deine Verbindung.',
    });
  });

  it('shows a session error in the tab’s language, keeping English as its message for logs', () => {
    const error = new SessionError('shell.session.teamsSignIn', 'auth', { reason: ' (consent required)' });
    expect(error.message).toBe('Teams could not sign you in to Cadence (consent required).');
    expect(describeFailure(error, german)).toEqual({
      kind: 'auth',
      message: 'Teams konnte dich nicht bei Cadence anmelden (consent required).',
    });
  });

  it('words anything else as a generic failure', () => {
    expect(describeFailure(new TypeError('x'), german).message).toBe(
      'Etwas ist schiefgelaufen. Versuche es noch einmal.',
    );
  });
});

describe('describeApiProblem', () => {
  const failed = 'Die Anerkennung konnte nicht gesendet werden. Versuche es noch einmal.';

  it('keeps the service’s own words for a refusal, which name the field', async () => {
    const error = await refusal(400, 'message: must not be empty', 'message');
    expect(error).toBeInstanceOf(ApiError);
    expect(describeApiProblem(error, german, failed)).toBe('message: must not be empty');
    expect(describeApiProblem(await refusal(409, 'The task was removed.'), german, failed)).toBe(
      'The task was removed.',
    );
  });

  it('says in the tab’s language what did not happen when the service failed or sent no words', async () => {
    expect(describeApiProblem(await refusal(500, 'Internal error'), german, failed)).toBe(failed);
    expect(describeApiProblem(await answered(502), german, failed)).toBe(failed);
    expect(describeApiProblem(await answered(400), german, failed)).toBe(failed);
    expect(describeApiProblem(new TypeError('x'), german, failed)).toBe(failed);
  });

  it('says in the tab’s language that the service did not answer or could not be reached', async () => {
    expect(describeApiProblem(await timeout(), german, failed)).toBe(
      'Cadence hat nicht rechtzeitig geantwortet.',
    );
    expect(describeApiProblem(await unreachable(), german, failed)).toBe(
      'Cadence ist nicht erreichbar. Überprüfe deine Verbindung.',
    );
  });
});
