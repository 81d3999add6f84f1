import type { ApiErrorBody, ApiErrorCode } from '../../shared/api/errors.ts';

/** Why a call failed: no answer in time, no connection at all, or an HTTP error status. */
export type ApiErrorReason = 'timeout' | 'unreachable' | 'http';

/** For logs only: people see the tab's words for these, in their language. */
const NO_ANSWER_MESSAGES = {
  timeout: 'Cadence did not answer in time.',
  unreachable: 'Cadence could not be reached.',
} as const;

/** A failed API call: why, the HTTP status and, when the service sent one, its error body. */
export class ApiError<Current = unknown> extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** 0 when the service could not be reached or did not answer in time. */
    readonly status: number,
    readonly body: ApiErrorBody<Current> | undefined,
    readonly reason: ApiErrorReason = 'http',
  ) {
    super(
      reason === 'http'
        ? (body?.error.message ?? `The service answered ${status}.`)
        : NO_ANSWER_MESSAGES[reason],
    );
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
