import { expect } from 'vitest';
import { AuthError, type AuthErrorReason } from '../../../bot/auth/token-verifier.ts';

/** Asserts that the promise rejects with an AuthError carrying the given reason, and returns it. */
export async function expectAuthError(
  promise: Promise<unknown>,
  reason: AuthErrorReason,
): Promise<AuthError> {
  const error: unknown = await promise.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(AuthError);
  expect(error).toMatchObject({ reason });
  return error as AuthError;
}

export function expectAuthErrorSync(action: () => unknown, reason: AuthErrorReason): AuthError {
  let error: unknown;
  try {
    action();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(AuthError);
  expect(error).toMatchObject({ reason });
  return error as AuthError;
}
