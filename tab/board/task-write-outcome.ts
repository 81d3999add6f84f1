import type { UpdateTaskRequest } from '../../shared/api/task-requests.ts';
import type { VersionedTask } from '../api/api-client.ts';

/** A write someone else's change beat: what I wanted, and what is stored now. */
export interface TaskConflict {
  mine: UpdateTaskRequest;
  current: VersionedTask;
}

/** How a dialog's save ended: the dialog stays open only for input errors. */
export type SaveOutcome =
  { kind: 'saved' } | { kind: 'invalid'; field: string | undefined; message: string } | { kind: 'closed' };
