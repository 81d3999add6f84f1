import type { ApiErrorBody } from '../../shared/api/errors.ts';
import { ApiError } from './api-error.ts';

export type TokenSource = () => Promise<string>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** The ETag of the version being changed: PUT, PATCH and DELETE need it. */
  ifMatch?: string;
  /** Extra request headers, for example `Idempotency-Key`. */
  headers?: Record<string, string>;
}

/** Long enough for a cold start of the service, short enough to fail well before Teams' 30 s timeout. */
const TIMEOUT_MS = 20_000;

/** One authenticated JSON call to /api/v1; the token is asked for on every call and never stored. */
export async function request<T>(
  getToken: TokenSource,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = {
    ...options.headers,
    authorization: `Bearer ${await getToken()}`,
  };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.ifMatch !== undefined) headers['if-match'] = options.ifMatch;
  let res: Response;
  try {
    res = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw new ApiError(0, undefined, timedOut ? 'timeout' : 'unreachable');
  }
  if (!res.ok) throw new ApiError(res.status, await errorBody(res));
  return (res.status === 204 ? undefined : await res.json()) as T;
}

async function errorBody(res: Response): Promise<ApiErrorBody | undefined> {
  try {
    const body = (await res.json()) as unknown;
    return isErrorBody(body) ? body : undefined;
  } catch {
    return undefined;
  }
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const { error } = value;
  return (
    typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string'
  );
}
