import { expect } from 'vitest';
import type { ApiErrorBody } from '../../shared/api/errors.ts';

export interface ApiResult<T> {
  status: number;
  headers: Headers;
  /** The parsed JSON body, read as the success shape; undefined when the body is empty or not JSON. */
  body: T;
  /** The body's `error` member, present on error answers. */
  error: ApiErrorBody['error'] | undefined;
}

export interface ApiRequest {
  token?: string;
  ifMatch?: string;
  /** Serialised as JSON. */
  json?: unknown;
  /** Sent as is, with a JSON content type: for malformed or oversized bodies. */
  rawBody?: string;
  headers?: Record<string, string>;
}

/** One HTTP call to the service, answering status, headers and the parsed body. */
export async function callApi<T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  request: ApiRequest = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { ...request.headers };
  if (request.token !== undefined) headers['authorization'] = `Bearer ${request.token}`;
  if (request.ifMatch !== undefined) headers['if-match'] = request.ifMatch;
  const body = request.rawBody ?? (request.json === undefined ? undefined : JSON.stringify(request.json));
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  const response = await fetch(baseUrl + path, { method, headers, body });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.includes('application/json') ?? false;
  const parsed: unknown = isJson && text !== '' ? JSON.parse(text) : undefined;
  return {
    status: response.status,
    headers: response.headers,
    body: parsed as T,
    error: errorOf(parsed),
  };
}

function errorOf(parsed: unknown): ApiErrorBody['error'] | undefined {
  if (typeof parsed !== 'object' || parsed === null || !('error' in parsed)) return undefined;
  return (parsed as ApiErrorBody).error;
}

export interface ApiClient {
  get<T = unknown>(path: string): Promise<ApiResult<T>>;
  post<T = unknown>(path: string, json: unknown): Promise<ApiResult<T>>;
  patch<T = unknown>(path: string, json: unknown, ifMatch?: string): Promise<ApiResult<T>>;
  delete(path: string, ifMatch?: string): Promise<ApiResult<undefined>>;
  call<T = unknown>(method: string, path: string, request?: Omit<ApiRequest, 'token'>): Promise<ApiResult<T>>;
}

/** Calls as one signed-in person. */
export function apiClient(baseUrl: string, token: string): ApiClient {
  const call = <T>(method: string, path: string, request: Omit<ApiRequest, 'token'> = {}) =>
    callApi<T>(baseUrl, method, path, { ...request, token });
  return {
    get: (path) => call('GET', path),
    post: (path, json) => call('POST', path, { json }),
    patch: (path, json, ifMatch) => call('PATCH', path, { json, ifMatch }),
    delete: (path, ifMatch) => call('DELETE', path, { ifMatch }),
    call,
  };
}

/** Asserts the status, and that a versioned answer carries the same ETag in its header and its body. */
export function expectVersioned<T extends { etag: string }>(res: ApiResult<T>, status: number): T {
  expect(res.status, JSON.stringify(res.error)).toBe(status);
  expect(res.body.etag).toEqual(expect.any(String));
  expect(res.headers.get('etag')).toBe(res.body.etag);
  return res.body;
}
