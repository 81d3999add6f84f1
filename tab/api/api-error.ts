import type { ApiErrorBody, ApiErrorCode } from '../../shared/api/errors.ts';

/** A failed API call: the HTTP status and, when the service sent one, its error body. */
export class ApiError<Current = unknown> extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** 0 when the service could not be reached or did not answer in time. */
    readonly status: number,
    readonly body: ApiErrorBody<Current> | undefined,
    message?: string,
  ) {
    super(message ?? body?.error.message ?? `The service answered ${status}.`);
  }

  get code(): ApiErrorCode | undefined {
    return this.body?.error.code;
  }

  /** The first offending input field, on 400. */
  get field(): string | undefined {
    return this.body?.error.field;
  }

  /** On 412: the version stored now, to show instead of overwriting it. */
  get current(): Current | undefined {
    return this.body?.error.current;
  }

  get isConflict(): boolean {
    return this.status === 412;
  }
}
