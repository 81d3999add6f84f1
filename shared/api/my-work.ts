import type { TaskStatus } from '../domain/task-status.ts';

/** How many check-in weeks before the current one "My tasks" shows. */
export const MY_WORK_RECENT_WEEKS = 4;

/** One of the caller's open tasks (not done). */
export interface MyTask {
  id: string;
  title: string;
  status: Exclude<TaskStatus, 'done'>;
  /** `YYYY-MM-DD`, a calendar day. */
  dueDate?: string;
  /** Past its due date by the caller's calendar day (their time zone, else the team's). */
  overdue: boolean;
  goalTitle?: string;
  /** Opens the task in the team's tab; absent when Cadence does not know the team's channel. */
  link?: string;
}

/** The check-in the caller answers now, on their own clock. Times are ISO instants (UTC). */
export type MyCheckInNow =
  | { state: 'answered'; week: string; confidence: number; editableUntil?: string }
  | { state: 'open'; week: string; closesAt: string }
  | { state: 'paused'; pausedUntil: string }
  | { state: 'upcoming'; opensAt: string };

/** A past check-in week: answered or not, and the confidence given (1–5). */
export interface MyCheckInWeek {
  week: string;
  answered: boolean;
  confidence?: number;
}

export interface MyTeamWork {
  teamId: string;
  teamName: string;
  /** Sorted by due date, undated last. */
  tasks: MyTask[];
  checkIn: { now: MyCheckInNow; timeZone: string; recent: MyCheckInWeek[] };
}

/** `GET /api/v1/me/work`: the caller's open tasks and check-ins on every team whose roster lists them. */
export interface MyWorkResponse {
  teams: MyTeamWork[];
}
