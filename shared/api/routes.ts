/** Paths of the /api/v1 contract, shared by the tab's client and the service's router. */
export const API_BASE = '/api/v1';

export const apiPaths = {
  /** The caller's own work across their teams (the personal tab). */
  myWork: () => `${API_BASE}/me/work`,
  board: (teamId: string) => `${API_BASE}/teams/${encodeURIComponent(teamId)}/board`,
  goals: (teamId: string) => `${API_BASE}/teams/${encodeURIComponent(teamId)}/goals`,
  goal: (teamId: string, goalId: string) =>
    `${API_BASE}/teams/${encodeURIComponent(teamId)}/goals/${encodeURIComponent(goalId)}`,
  tasks: (teamId: string) => `${API_BASE}/teams/${encodeURIComponent(teamId)}/tasks`,
  task: (teamId: string, taskId: string) =>
    `${API_BASE}/teams/${encodeURIComponent(teamId)}/tasks/${encodeURIComponent(taskId)}`,
  feedback: (teamId: string) => `${API_BASE}/teams/${encodeURIComponent(teamId)}/feedback`,
  recognition: (teamId: string) => `${API_BASE}/teams/${encodeURIComponent(teamId)}/recognition`,
  reviewRequests: (teamId: string, taskId: string) =>
    `${API_BASE}/teams/${encodeURIComponent(teamId)}/tasks/${encodeURIComponent(taskId)}/review-requests`,
  history: (teamId: string, userId: string) =>
    `${API_BASE}/teams/${encodeURIComponent(teamId)}/people/${encodeURIComponent(userId)}/history`,
  dashboard: (teamId: string, weeks?: number) =>
    `${API_BASE}/teams/${encodeURIComponent(teamId)}/dashboard${weeks === undefined ? '' : `?weeks=${weeks}`}`,
  settings: (teamId: string) => `${API_BASE}/teams/${encodeURIComponent(teamId)}/settings`,
} as const;
