import type { BoardResponse } from '../../shared/api/board.ts';
import type { ApiErrorBody } from '../../shared/api/errors.ts';
import { apiPaths } from '../../shared/api/routes.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody | undefined,
  ) {
    super(body?.error.message ?? `The service answered ${status}`);
  }
}

/** Typed calls to /api/v1; the token is asked for on every call and never stored. */
export function createApiClient(getToken: () => Promise<string>) {
  async function get<T>(path: string): Promise<T> {
    const res = await fetch(path, { headers: { authorization: `Bearer ${await getToken()}` } });
    if (!res.ok)
      throw new ApiError(res.status, (await res.json().catch(() => undefined)) as ApiErrorBody | undefined);
    return (await res.json()) as T;
  }
  return {
    board: (teamId: string) => get<BoardResponse>(apiPaths.board(teamId)),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
