import type { CreateTaskCommand, UpdateTaskCommand } from '../../shared/api/task-requests.ts';
import { newEntityId } from '../../shared/domain/ids.ts';
import type { Task } from '../../shared/domain/task.ts';
import { withStatus } from '../../shared/domain/task-moves.ts';
import { applyTaskChanges } from '../../shared/domain/task-changes.ts';
import type { Stored } from '../../shared/store/stored.ts';
import { noticeAssignment } from './assignment-notice.ts';
import { ForbiddenError } from './service-errors.ts';
import { requireGoal, requireTeammate } from './references.ts';
import type { ServiceContext } from './service-context.ts';
import { assertVersion, type IfMatch } from './version-check.ts';

export async function createTask(ctx: ServiceContext, command: CreateTaskCommand): Promise<Stored<Task>> {
  const { access } = ctx;
  if (command.assigneeId && command.assigneeId !== access.userId && !access.isLeader) {
    throw new ForbiddenError('Only a leader can assign a task to someone else.');
  }
  await checkReferences(ctx, command);
  const now = ctx.now().toISOString();
  const draft: Task = {
    ...access.scope,
    id: newEntityId(),
    goalId: command.goalId,
    title: command.title,
    description: command.description ?? '',
    assigneeId: command.assigneeId,
    status: 'todo',
    dueDate: command.dueDate,
    tags: command.tags ?? [],
    blockedReason: '',
    statusChangedAt: now,
    createdBy: access.userId,
    createdAt: now,
    updatedAt: now,
  };
  const task = command.status ? withStatus(draft, command.status, now, command.blockedReason) : draft;
  const created = await ctx.repos.tasks.insert(task);
  noticeAssignment(ctx, undefined, created.value);
  return created;
}

export async function updateTask(
  ctx: ServiceContext,
  taskId: string,
  command: UpdateTaskCommand,
  ifMatch: IfMatch,
): Promise<Stored<Task>> {
  const stored = await ctx.repos.tasks.require(ctx.access.scope, taskId);
  assertMayEdit(ctx, stored.value, command);
  await checkReferences(ctx, command);
  assertVersion('task', stored, ifMatch);
  const now = ctx.now().toISOString();
  if (ifMatch === '*') {
    // The merge may land on a newer version than the one checked above: check that one too.
    let before = stored.value;
    const merged = await ctx.repos.tasks.update(ctx.access.scope, taskId, (current) => {
      assertMayEdit(ctx, current, command);
      before = current;
      return applyTaskChanges(current, command, now);
    });
    noticeAssignment(ctx, before, merged.value);
    return merged;
  }
  const replaced = await ctx.repos.tasks.replace(applyTaskChanges(stored.value, command, now), ifMatch);
  noticeAssignment(ctx, stored.value, replaced.value);
  return replaced;
}

export async function deleteTask(ctx: ServiceContext, taskId: string, ifMatch: IfMatch): Promise<void> {
  if (!ctx.access.isLeader) throw new ForbiddenError('Only a leader can delete a task.');
  assertVersion('task', await ctx.repos.tasks.require(ctx.access.scope, taskId), ifMatch);
  await ctx.repos.tasks.delete(ctx.access.scope, taskId, ifMatch === '*' ? undefined : ifMatch);
}

/** Members edit their own or unassigned work and may take a task; handing work to others is a leader's call. */
function assertMayEdit(ctx: ServiceContext, task: Task, command: UpdateTaskCommand): void {
  const { access } = ctx;
  if (access.isLeader) return;
  const mine =
    task.assigneeId === undefined || task.assigneeId === access.userId || task.createdBy === access.userId;
  if (!mine) throw new ForbiddenError('Only the assignee, the creator or a leader can edit this task.');
  if (command.assigneeId && command.assigneeId !== access.userId) {
    throw new ForbiddenError('Only a leader can assign a task to someone else.');
  }
}

async function checkReferences(
  ctx: ServiceContext,
  command: { goalId?: string | null; assigneeId?: string | null },
): Promise<void> {
  if (command.assigneeId) await requireTeammate(ctx, command.assigneeId, 'assigneeId');
  if (command.goalId) await requireGoal(ctx, command.goalId, 'goalId');
}
