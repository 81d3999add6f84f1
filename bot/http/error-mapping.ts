import { ZodError } from 'zod';
import type { ApiErrorBody, ApiErrorCode, FieldIssue } from '../../shared/api/errors.ts';
import { EntityLimitError } from '../../shared/store/entity-limits.ts';
import {
  RecordExistsError,
  RecordNotFoundError,
  StaleVersionError,
} from '../../shared/store/record-errors.ts';
import { ConcurrencyConflictError } from '../../shared/store/etag-retry.ts';
import { AuthError } from '../auth/token-verifier.ts';
import { FieldError, ForbiddenError, StateConflictError } from '../services/service-errors.ts';
import { HttpError } from './http-error.ts';

export interface MappedError {
  status: number;
  body: ApiErrorBody;
  headers?: Record<string, string>;
}

/** Turns any error into the API's answer. Unknown errors become a 500 that reveals nothing. */
export function mapError(error: unknown): MappedError {
  if (error instanceof HttpError) {
    return {
      status: error.status,
      body: { error: { code: error.code, message: error.message, ...error.details } },
    };
  }
  if (error instanceof ZodError) return invalidInput(error);
  if (error instanceof AuthError && error.reason === 'jwks_unavailable') {
    return {
      status: 503,
      body: { error: { code: 'internal', message: 'Sign-in keys are unavailable; try again.' } },
    };
  }
  if (error instanceof AuthError) {
    return {
      status: 401,
      body: { error: { code: 'unauthorized', message: error.message } },
      headers: { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${error.reason}"` },
    };
  }
  if (error instanceof ForbiddenError) {
    return { status: 403, body: { error: { code: 'forbidden', message: error.message } } };
  }
  if (error instanceof FieldError) {
    const issue = { field: error.field, message: error.problem };
    return {
      status: 400,
      body: {
        error: { code: 'invalid_request', message: error.message, field: error.field, issues: [issue] },
      },
    };
  }
  if (error instanceof StateConflictError) {
    return { status: 409, body: { error: { code: 'conflict', message: error.message } } };
  }
  if (error instanceof RecordNotFoundError) {
    return { status: 404, body: { error: { code: 'not_found', message: error.message } } };
  }
  if (error instanceof StaleVersionError) {
    const current = error.current
      ? { ...(error.current.value as object), etag: error.current.etag }
      : undefined;
    return {
      status: error.current ? 412 : 404,
      body: {
        error: { code: error.current ? 'precondition_failed' : 'not_found', message: error.message, current },
      },
    };
  }
  if (error instanceof ConcurrencyConflictError || error instanceof RecordExistsError) {
    return { status: 409, body: { error: { code: 'conflict', message: error.message } } };
  }
  if (error instanceof EntityLimitError) {
    return {
      status: 413,
      body: { error: { code: 'payload_too_large', message: error.message, field: error.field } },
    };
  }
  const bodyParser = bodyParserError(error);
  if (bodyParser) return bodyParser;
  return { status: 500, body: { error: { code: 'internal', message: 'Something went wrong on our side.' } } };
}

function invalidInput(error: ZodError): MappedError {
  const issues: FieldIssue[] = error.issues.map((issue) => ({
    field: fieldOf(issue),
    message: issue.message,
  }));
  const first = issues[0] ?? { field: 'body', message: 'is invalid' };
  return {
    status: 400,
    body: {
      error: {
        code: 'invalid_request',
        message: `${first.field}: ${first.message}`,
        field: first.field,
        issues,
      },
    },
  };
}

function fieldOf(issue: ZodError['issues'][number]): string {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') return [...path, ...issue.keys].join('.') || 'body';
  return path.join('.') || 'body';
}

/** express.json() failures: malformed JSON, a body over the size limit, a wrong content type. */
function bodyParserError(error: unknown): MappedError | undefined {
  if (typeof error !== 'object' || error === null || !('type' in error)) return undefined;
  switch ((error as { type: unknown }).type) {
    case 'entity.parse.failed':
      return bodyError(400, 'invalid_request', 'is not valid JSON');
    case 'entity.too.large':
      return bodyError(413, 'payload_too_large', 'is too large');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return bodyError(415, 'invalid_request', 'encoding is not supported');
    default:
      return undefined;
  }
}

/** The same shape as a schema failure, so clients read `field` and `issues` alike for every bad body. */
function bodyError(status: number, code: ApiErrorCode, problem: string): MappedError {
  const issue: FieldIssue = { field: 'body', message: problem };
  return { status, body: { error: { code, message: `body: ${problem}`, field: 'body', issues: [issue] } } };
}
