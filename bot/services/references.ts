import type { WorkLink } from '../../shared/domain/work-link.ts';
import { FieldError } from './service-errors.ts';
import type { ServiceContext } from './service-context.ts';

/** A referenced person must be an active member of the same team; otherwise the field is named. */
export async function requireTeammate(ctx: ServiceContext, userId: string, field: string): Promise<void> {
  const member = await ctx.repos.members.get(ctx.access.scope, userId);
  if (!member?.value.active) throw new FieldError(field, 'is not a member of this team');
}

/** A referenced goal must exist in the same team. */
export async function requireGoal(ctx: ServiceContext, goalId: string, field: string): Promise<void> {
  if (!(await ctx.repos.goals.get(ctx.access.scope, goalId)))
    throw new FieldError(field, 'is not a goal of this team');
}

/** A referenced task must exist in the same team. */
export async function requireTask(ctx: ServiceContext, taskId: string, field: string): Promise<void> {
  if (!(await ctx.repos.tasks.get(ctx.access.scope, taskId)))
    throw new FieldError(field, 'is not a task of this team');
}

/** A link to work (from feedback, recognition, a review) must name a task or goal of the same team. */
export function requireWork(ctx: ServiceContext, link: WorkLink, field: string): Promise<void> {
  return link.kind === 'task' ? requireTask(ctx, link.id, field) : requireGoal(ctx, link.id, field);
}

/** The title of a linked task or goal of the team; undefined when it is gone. */
export async function workTitle(ctx: ServiceContext, link: WorkLink): Promise<string | undefined> {
  if (link.kind === 'task') return (await ctx.repos.tasks.get(ctx.access.scope, link.id))?.value.title;
  return (await ctx.repos.goals.get(ctx.access.scope, link.id))?.value.statement;
}
