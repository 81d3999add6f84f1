/** The record does not exist (or belongs to another team, which callers must not be able to tell apart). */
export class RecordNotFoundError extends Error {
  constructor(readonly what: string) {
    super(`${what} was not found`);
    this.name = 'RecordNotFoundError';
  }
}

/** The caller's version is stale: someone else changed the record. `current` is what is stored now. */
export class StaleVersionError<T = unknown> extends Error {
  constructor(
    readonly what: string,
    readonly current: { value: T; etag: string } | undefined,
  ) {
    super(`${what} was changed by someone else`);
    this.name = 'StaleVersionError';
  }
}

/** A record with this key exists already. */
export class RecordExistsError extends Error {
  constructor(readonly what: string) {
    super(`${what} exists already`);
    this.name = 'RecordExistsError';
  }
}
