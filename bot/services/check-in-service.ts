import type { Blocker, CheckIn, TaskUpdate } from '../../shared/domain/check-in.ts';
import { mergeTaskUpdates } from '../../shared/domain/check-in.ts';
import { LIMITS } from '../../shared/domain/limits.ts';
import { withStatus } from '../../shared/domain/task-moves.ts';
import type { Task, TaskStatus } from '../../shared/domain/task.ts';
import { StaleVersionError } from '../../shared/store/record-errors.ts';
import type { Stored } from '../../shared/store/stored.ts';
import type { ServiceContext } from './service-context.ts';

/** A validated answer for one week, as the card (or another client) gave it. */
export interface CheckInAnswer {
  /** The status of each task the member reported on; `changed` when they moved it on the card. */
  taskStatuses: { taskId: string; status: TaskStatus; changed: boolean }[];
  blockers: string[];
  wins: string[];
  confidence: number;
  helpFrom?: string;
  helpNote: string;
  answers: { questionId: string; answer: string }[];
}

export interface RecordedCheckIn {
  checkIn: CheckIn;
  /** The member's tasks after the answer was applied, by id. */
  tasks: Map<string, Task>;
}

/** The stored content of an answer, in a fixed order, to tell a real edit from a repeat. */
function contentOf(checkIn: CheckIn): string {
  return JSON.stringify([
    [...checkIn.taskUpdates].sort((a, b) => a.taskId.localeCompare(b.taskId)),
    checkIn.blockers,
    checkIn.wins,
    checkIn.confidence,
    checkIn.helpFrom ?? null,
    checkIn.helpNote,
    [...checkIn.answers].sort((a, b) => a.questionId.localeCompare(b.questionId)),
  ]);
}

function blockedReasonOf(blockers: readonly string[]): string | undefined {
  const reason = blockers.join('; ');
  return reason ? reason.slice(0, LIMITS.shortText) : undefined;
}

/** Whether applying `status` (and, when blocked, the reason) would change the stored task. */
function needsMove(task: Task, status: TaskStatus, reason: string | undefined): boolean {
  if (task.status !== status) return true;
  return status === 'blocked' && reason !== undefined && task.blockedReason !== reason;
}

/**
 * Writes the member's answer for `week` and moves their tasks as reported. Idempotent: the check-in is one
 * row per member and week (an edit replaces the answer and merges the task updates, keeping `submittedAt`;
 * a repeat of the same answer changes nothing, not even `updatedAt`), and a task is written only when its
 * status (or blocked reason) really changes, with the ETag retry of the repository.
 *
 * Only tasks assigned to the member move. A status the member did not change on the card is taken from the
 * board, so a card older than a move made in the tab does not undo that move.
 */
export async function recordCheckIn(
  ctx: ServiceContext,
  week: string,
  answer: CheckInAnswer,
  memberTasks: readonly Stored<Task>[],
): Promise<RecordedCheckIn> {
  const { scope, userId } = ctx.access;
  const now = ctx.now().toISOString();
  const stored = new Map(
    memberTasks.filter(({ value }) => value.assigneeId === userId).map((task) => [task.value.id, task]),
  );
  const tasks = new Map([...stored].map(([id, task]) => [id, task.value]));
  const taskUpdates: TaskUpdate[] = answer.taskStatuses.flatMap(({ taskId, status, changed }) => {
    const task = tasks.get(taskId);
    return task ? [{ taskId, status: changed ? status : task.status, note: '' }] : [];
  });
  const blocked = taskUpdates.filter((update) => update.status === 'blocked');
  const blockers: Blocker[] = answer.blockers.map((text) =>
    blocked.length === 1 && blocked[0] ? { text, taskId: blocked[0].taskId } : { text },
  );

  const checkIn = await ctx.repos.checkIns.upsert(scope, week, userId, (current) => {
    const next: CheckIn = {
      ...scope,
      userId,
      week,
      taskUpdates: mergeTaskUpdates(current?.taskUpdates ?? [], taskUpdates),
      blockers,
      wins: answer.wins,
      confidence: answer.confidence,
      helpFrom: answer.helpFrom,
      helpNote: answer.helpNote,
      answers: answer.answers,
      submittedAt: current?.submittedAt ?? now,
      updatedAt: now,
    };
    return current && contentOf(current) === contentOf(next) ? current : next;
  });

  const reason = blockedReasonOf(answer.blockers);
  const moves = taskUpdates.flatMap((update) => {
    const read = stored.get(update.taskId);
    return read && needsMove(read.value, update.status, reason) ? [{ update, read }] : [];
  });
  const moved = await Promise.all(
    moves.map(({ update, read }) =>
      moveTask(ctx, read, (task) =>
        task.assigneeId === userId && needsMove(task, update.status, reason)
          ? withStatus(task, update.status, now, update.status === 'blocked' ? reason : undefined)
          : task,
      ),
    ),
  );
  for (const task of moved) tasks.set(task.value.id, task.value);
  return { checkIn: checkIn.value, tasks };
}

/**
 * One write with the ETag the task was read with; if someone changed it since, the repository's
 * read-and-retry update applies the move to the current version instead.
 */
async function moveTask(ctx: ServiceContext, read: Stored<Task>, move: (task: Task) => Task) {
  try {
    return await ctx.repos.tasks.replace(move(read.value), read.etag);
  } catch (error) {
    if (!(error instanceof StaleVersionError)) throw error;
    return ctx.repos.tasks.update(ctx.access.scope, read.value.id, move);
  }
}
