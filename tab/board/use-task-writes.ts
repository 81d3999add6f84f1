import { useCallback, useState } from 'react';
import type { CreateTaskRequest, UpdateTaskRequest } from '../../shared/api/task-requests.ts';
import { applyTaskChanges } from '../../shared/domain/task-changes.ts';
import type { TaskStatus } from '../../shared/domain/task-status.ts';
import type { VersionedTask } from '../api/api-client.ts';
import { ApiError } from '../api/api-error.ts';
import { useBoardT } from '../i18n/en-US/board.ts';
import { useShellT } from '../i18n/en-US/shell.ts';
import { describeApiProblem } from '../shell/describe-api-problem.ts';
import { useTeamData } from '../shell/team-data.ts';
import { withTask } from './board-updates.ts';
import type { SaveOutcome, TaskConflict } from './task-write-outcome.ts';

export interface TaskWrites {
  move(task: VersionedTask, status: TaskStatus): void;
  update(task: VersionedTask, changes: UpdateTaskRequest): Promise<SaveOutcome>;
  create(request: CreateTaskRequest): Promise<SaveOutcome>;
  conflict: TaskConflict | undefined;
  keepTheirs(): void;
  applyMineAgain(): void;
  notice: string | undefined;
  dismissNotice(): void;
  pending: number;
}

/**
 * Task writes with optimistic updates: the board shows the change at once and goes back to the stored
 * version when the service refuses it. A 412 is never retried silently: it becomes a conflict to resolve.
 */
export function useTaskWrites(): TaskWrites {
  const { api, setBoard } = useTeamData();
  const t = useBoardT();
  const shellT = useShellT();
  const [conflict, setConflict] = useState<TaskConflict>();
  const [notice, setNotice] = useState<string>();
  const [pending, setPending] = useState(0);

  const update = useCallback(
    async (task: VersionedTask, changes: UpdateTaskRequest): Promise<SaveOutcome> => {
      const optimistic = { ...applyTaskChanges(task, changes, new Date().toISOString()), etag: task.etag };
      setBoard((board) => withTask(board, optimistic));
      setPending((n) => n + 1);
      try {
        const saved = await api.updateTask(task.id, task.etag, changes);
        setBoard((board) => withTask(board, saved));
        return { kind: 'saved' };
      } catch (error) {
        return failed(error, task);
      } finally {
        setPending((n) => n - 1);
      }
      function failed(error: unknown, previous: VersionedTask): SaveOutcome {
        if (error instanceof ApiError && error.isConflict && isTask(error.current)) {
          const current = error.current;
          setBoard((board) => withTask(board, current));
          setConflict({ mine: changes, current });
          return { kind: 'closed' };
        }
        setBoard((board) => withTask(board, previous));
        if (error instanceof ApiError && error.status === 400)
          return { kind: 'invalid', field: error.field, message: error.message };
        setNotice(describeApiProblem(error, shellT, t('board.notice.notSaved')));
        return { kind: 'closed' };
      }
    },
    [api, setBoard, t, shellT],
  );

  const move = useCallback(
    (task: VersionedTask, status: TaskStatus) => {
      if (task.status !== status) void update(task, { status });
    },
    [update],
  );

  const create = useCallback(
    async (request: CreateTaskRequest): Promise<SaveOutcome> => {
      setPending((n) => n + 1);
      try {
        const created = await api.createTask(request);
        setBoard((board) => withTask(board, created));
        return { kind: 'saved' };
      } catch (error) {
        if (error instanceof ApiError && error.status === 400)
          return { kind: 'invalid', field: error.field, message: error.message };
        setNotice(describeApiProblem(error, shellT, t('board.notice.notCreated')));
        return { kind: 'closed' };
      } finally {
        setPending((n) => n - 1);
      }
    },
    [api, setBoard, t, shellT],
  );

  const keepTheirs = useCallback(() => setConflict(undefined), []);
  const applyMineAgain = useCallback(() => {
    setConflict(undefined);
    if (conflict) void update(conflict.current, conflict.mine);
  }, [conflict, update]);
  const dismissNotice = useCallback(() => setNotice(undefined), []);

  return { move, update, create, conflict, keepTheirs, applyMineAgain, notice, dismissNotice, pending };
}

function isTask(value: unknown): value is VersionedTask {
  return typeof value === 'object' && value !== null && 'id' in value && 'etag' in value && 'status' in value;
}
