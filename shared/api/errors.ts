/** Stable error codes of the /api/v1 contract. */
export type ApiErrorCode =
  | 'invalid_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'precondition_required'
  | 'payload_too_large'
  | 'internal';

export interface FieldIssue {
  /** Dotted path of the offending field, for example `measure.target` or `tags.3`. */
  field: string;
  message: string;
}

export interface ApiErrorBody<Current = unknown> {
  error: {
    code: ApiErrorCode;
    message: string;
    /** The first offending field, when the error is about input. */
    field?: string;
    issues?: FieldIssue[];
    /** On 412: the version that is stored now, so the client can show it instead of overwriting. */
    current?: Current;
  };
}
