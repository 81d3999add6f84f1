import { z } from 'zod';
import { EntityIdSchema, TeamIdSchema, TenantIdSchema, UserIdSchema } from './ids.ts';
import { LIMITS } from './limits.ts';
import { optionalText, requiredText, tagList } from './text.ts';
import { TASK_STATUSES } from './task-status.ts';
import { IsoDateSchema, IsoDateTimeSchema } from './time.ts';

export { TASK_STATUSES, type TaskStatus } from './task-status.ts';
export const TaskStatusSchema = z.enum(TASK_STATUSES);

export const TaskSchema = z.object({
  tenantId: TenantIdSchema,
  teamId: TeamIdSchema,
  id: EntityIdSchema,
  goalId: EntityIdSchema.optional(),
  title: requiredText(LIMITS.title),
  description: optionalText(LIMITS.longText),
  /** One owner per task; a task may wait unassigned on the board. */
  assigneeId: UserIdSchema.optional(),
  status: TaskStatusSchema.default('todo'),
  dueDate: IsoDateSchema.optional(),
  tags: tagList(LIMITS.tagsPerItem).default([]),
  /** Set when the task enters `blocked`, cleared when it leaves. */
  blockedSince: IsoDateTimeSchema.optional(),
  blockedReason: optionalText(LIMITS.shortText),
  /** Last time the status changed: how "stale in doing" is measured. */
  statusChangedAt: IsoDateTimeSchema,
  completedAt: IsoDateTimeSchema.optional(),
  createdBy: UserIdSchema,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});

export type Task = z.infer<typeof TaskSchema>;
