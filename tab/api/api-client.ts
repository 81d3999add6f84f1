import type { BoardResponse } from '../../shared/api/board.ts';
import type { DashboardResponse } from '../../shared/api/dashboard.ts';
import type { CreateFeedbackRequest, CreateFeedbackResponse } from '../../shared/api/feedback-requests.ts';
import type { HistoryResponse } from '../../shared/api/history.ts';
import type { MyWorkResponse } from '../../shared/api/my-work.ts';
import type {
  CreateReviewRequest,
  CreateReviewRequestResponse,
  ListReviewRequestsResponse,
} from '../../shared/api/review-requests.ts';
import type {
  CreateRecognitionRequest,
  CreateRecognitionResponse,
} from '../../shared/api/recognition-requests.ts';
import type { CreateGoalRequest, UpdateGoalRequest } from '../../shared/api/goal-requests.ts';
import { apiPaths } from '../../shared/api/routes.ts';
import type { SettingsResponse, UpdateSettingsRequest } from '../../shared/api/settings-requests.ts';
import type { CreateTaskRequest, UpdateTaskRequest } from '../../shared/api/task-requests.ts';
import type { Versioned } from '../../shared/api/versioned.ts';
import type { Goal } from '../../shared/domain/goal.ts';
import type { Task } from '../../shared/domain/task.ts';
import { request, type TokenSource } from './request.ts';

export type VersionedTask = Versioned<Task>;
export type VersionedGoal = Versioned<Goal>;

/** Same value as IDEMPOTENCY_KEY_HEADER; that module carries zod, which stays out of the tab. */
const IDEMPOTENCY_KEY = 'Idempotency-Key';

/**
 * Typed calls to /api/v1 for one team. Writes send the ETag they read as `If-Match`; a stale one fails
 * with an ApiError whose `isConflict` is true and whose `current` holds the stored version.
 */
export function createApiClient(getToken: TokenSource, teamId: string) {
  const call = <T>(path: string, options?: Parameters<typeof request>[2]) =>
    request<T>(getToken, path, options);
  return {
    board: () => call<BoardResponse>(apiPaths.board(teamId)),

    listTasks: () => call<VersionedTask[]>(apiPaths.tasks(teamId)),
    getTask: (taskId: string) => call<VersionedTask>(apiPaths.task(teamId, taskId)),
    createTask: (body: CreateTaskRequest) =>
      call<VersionedTask>(apiPaths.tasks(teamId), { method: 'POST', body }),
    updateTask: (taskId: string, etag: string, body: UpdateTaskRequest) =>
      call<VersionedTask>(apiPaths.task(teamId, taskId), { method: 'PATCH', body, ifMatch: etag }),
    deleteTask: (taskId: string, etag: string) =>
      call<void>(apiPaths.task(teamId, taskId), { method: 'DELETE', ifMatch: etag }),

    listGoals: () => call<VersionedGoal[]>(apiPaths.goals(teamId)),
    getGoal: (goalId: string) => call<VersionedGoal>(apiPaths.goal(teamId, goalId)),
    createGoal: (body: CreateGoalRequest) =>
      call<VersionedGoal>(apiPaths.goals(teamId), { method: 'POST', body }),
    updateGoal: (goalId: string, etag: string, body: UpdateGoalRequest) =>
      call<VersionedGoal>(apiPaths.goal(teamId, goalId), { method: 'PATCH', body, ifMatch: etag }),
    deleteGoal: (goalId: string, etag: string) =>
      call<void>(apiPaths.goal(teamId, goalId), { method: 'DELETE', ifMatch: etag }),

    /** A page of a person's history, newest first; pass the last page's `nextBefore` for the next one. */
    history: (userId: string, page: { limit?: number; before?: string } = {}) => {
      const query = new URLSearchParams();
      if (page.limit !== undefined) query.set('limit', String(page.limit));
      if (page.before !== undefined) query.set('before', page.before);
      const suffix = query.size === 0 ? '' : `?${query}`;
      return call<HistoryResponse>(`${apiPaths.history(teamId, userId)}${suffix}`);
    },
    /** A retry with the same `idempotencyKey` answers the first result instead of giving twice. */
    giveFeedback: (body: CreateFeedbackRequest, idempotencyKey: string) =>
      call<CreateFeedbackResponse>(apiPaths.feedback(teamId), {
        method: 'POST',
        body,
        headers: { [IDEMPOTENCY_KEY]: idempotencyKey },
      }),

    /** Asks a teammate to review a done task; a retry with the same `idempotencyKey` asks once. */
    requestReview: (taskId: string, body: CreateReviewRequest, idempotencyKey: string) =>
      call<CreateReviewRequestResponse>(apiPaths.reviewRequests(teamId, taskId), {
        method: 'POST',
        body,
        headers: { [IDEMPOTENCY_KEY]: idempotencyKey },
      }),
    /** The task's review requests the caller may see, newest first. */
    listReviewRequests: (taskId: string) =>
      call<ListReviewRequestsResponse>(apiPaths.reviewRequests(teamId, taskId)),
    /**
     * Stored, then posted in the team's channel; `posted` says whether the post went out. A retry with the
     * same `idempotencyKey` answers the first result, and posts only if the channel does not have it yet.
     */
    giveRecognition: (body: CreateRecognitionRequest, idempotencyKey: string) =>
      call<CreateRecognitionResponse>(apiPaths.recognition(teamId), {
        method: 'POST',
        body,
        headers: { [IDEMPOTENCY_KEY]: idempotencyKey },
      }),

    /** The team's settings and roster; any member reads, leaders save with the ETag they read. */
    /** The leader dashboard's figures over the last `weeks` weeks (leaders only). */
    dashboard: (weeks: number) => call<DashboardResponse>(apiPaths.dashboard(teamId, weeks)),

    getSettings: () => call<SettingsResponse>(apiPaths.settings(teamId)),
    saveSettings: (etag: string, body: UpdateSettingsRequest) =>
      call<SettingsResponse>(apiPaths.settings(teamId), { method: 'PUT', body, ifMatch: etag }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The signed-in person's open tasks and check-ins on all their teams (the personal tab: no team). */
export function fetchMyWork(getToken: TokenSource): Promise<MyWorkResponse> {
  return request<MyWorkResponse>(getToken, apiPaths.myWork());
}
