import type { TaskStatus } from '../../shared/domain/task-status.ts';
import type { VersionedTask } from '../api/api-client.ts';

/** What every card needs besides its task, built once per board render and shared by all cards. */
export interface CardEnv {
  names: ReadonlyMap<string, string>;
  goals: ReadonlyMap<string, string>;
  linkCounts: Readonly<Record<string, { feedback: number; recognition: number }>>;
  today: string;
  now: Date;
  locale: string;
  onMove(task: VersionedTask, status: TaskStatus): void;
  onEdit(task: VersionedTask): void;
}
