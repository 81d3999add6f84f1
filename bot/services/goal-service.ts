import type { CreateGoalCommand, UpdateGoalCommand } from '../../shared/api/goal-requests.ts';
import type { Goal } from '../../shared/domain/goal.ts';
import { applyGoalChanges } from '../../shared/domain/goal-changes.ts';
import { newEntityId } from '../../shared/domain/ids.ts';
import type { Stored } from '../../shared/store/stored.ts';
import { ForbiddenError, StateConflictError } from './service-errors.ts';
import { requireTeammate } from './references.ts';
import type { ServiceContext } from './service-context.ts';
import { assertVersion, type IfMatch } from './version-check.ts';

function assertLeader(ctx: ServiceContext, action: string): void {
  if (!ctx.access.isLeader) throw new ForbiddenError(`Only a leader can ${action} a goal.`);
}

export async function createGoal(ctx: ServiceContext, command: CreateGoalCommand): Promise<Stored<Goal>> {
  assertLeader(ctx, 'create');
  const ownerId = command.ownerId ?? ctx.access.userId;
  await requireTeammate(ctx, ownerId, 'ownerId');
  const now = ctx.now().toISOString();
  return ctx.repos.goals.insert({
    ...ctx.access.scope,
    id: newEntityId(),
    ownerId,
    statement: command.statement,
    description: command.description ?? '',
    measure: command.measure,
    dueDate: command.dueDate,
    status: 'active',
    createdBy: ctx.access.userId,
    createdAt: now,
    updatedAt: now,
  });
}

export async function updateGoal(
  ctx: ServiceContext,
  goalId: string,
  command: UpdateGoalCommand,
  ifMatch: IfMatch,
): Promise<Stored<Goal>> {
  assertLeader(ctx, 'change');
  const stored = await ctx.repos.goals.require(ctx.access.scope, goalId);
  if (command.ownerId) await requireTeammate(ctx, command.ownerId, 'ownerId');
  assertVersion('goal', stored, ifMatch);
  const now = ctx.now().toISOString();
  if (ifMatch === '*') {
    return ctx.repos.goals.update(ctx.access.scope, goalId, (current) =>
      applyGoalChanges(current, command, now),
    );
  }
  return ctx.repos.goals.replace(applyGoalChanges(stored.value, command, now), ifMatch);
}

/** A goal that still has tasks is archived, not deleted: deleting it would orphan work and history. */
export async function deleteGoal(ctx: ServiceContext, goalId: string, ifMatch: IfMatch): Promise<void> {
  assertLeader(ctx, 'delete');
  const stored = await ctx.repos.goals.require(ctx.access.scope, goalId);
  const linked = (await ctx.repos.tasks.list(ctx.access.scope)).filter(
    (task) => task.value.goalId === goalId,
  );
  if (linked.length > 0) {
    throw new StateConflictError(
      `This goal still has ${linked.length} task(s): archive it (status "archived") or move its tasks first.`,
    );
  }
  assertVersion('goal', stored, ifMatch);
  await ctx.repos.goals.delete(ctx.access.scope, goalId, ifMatch === '*' ? undefined : ifMatch);
}
