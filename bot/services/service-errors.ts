/** The caller may not do this (a role or ownership rule). */
export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';
}

/** One input field is wrong in a way only the service can tell (for example, not a teammate). */
export class FieldError extends Error {
  override readonly name = 'FieldError';
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

/** The request clashes with the current state (not a version clash: that is StaleVersionError). */
export class StateConflictError extends Error {
  override readonly name = 'StateConflictError';
}
