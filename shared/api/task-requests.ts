import { z } from 'zod';
import { EntityIdSchema, UserIdSchema } from '../domain/ids.ts';
import { LIMITS } from '../domain/limits.ts';
import { TaskStatusSchema } from '../domain/task.ts';
import { requiredText, text, tagList } from '../domain/text.ts';
import { IsoDateSchema } from '../domain/time.ts';

export const CreateTaskRequestSchema = z.strictObject({
  title: requiredText(LIMITS.title),
  description: text(LIMITS.longText).optional(),
  goalId: EntityIdSchema.optional(),
  assigneeId: UserIdSchema.optional(),
  status: TaskStatusSchema.optional(),
  dueDate: IsoDateSchema.optional(),
  tags: tagList(LIMITS.tagsPerItem).optional(),
  blockedReason: text(LIMITS.shortText).optional(),
});

/** Every field optional; `null` clears an optional field. */
export const UpdateTaskRequestSchema = z.strictObject({
  title: requiredText(LIMITS.title).optional(),
  description: text(LIMITS.longText).optional(),
  goalId: EntityIdSchema.nullable().optional(),
  assigneeId: UserIdSchema.nullable().optional(),
  status: TaskStatusSchema.optional(),
  dueDate: IsoDateSchema.nullable().optional(),
  tags: tagList(LIMITS.tagsPerItem).optional(),
  blockedReason: text(LIMITS.shortText).optional(),
});

export type CreateTaskRequest = z.input<typeof CreateTaskRequestSchema>;
export type UpdateTaskRequest = z.input<typeof UpdateTaskRequestSchema>;
export type CreateTaskCommand = z.output<typeof CreateTaskRequestSchema>;
export type UpdateTaskCommand = z.output<typeof UpdateTaskRequestSchema>;
