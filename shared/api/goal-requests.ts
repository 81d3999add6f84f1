import { z } from 'zod';
import { GoalMeasureSchema, GoalStatusSchema } from '../domain/goal.ts';
import { UserIdSchema } from '../domain/ids.ts';
import { LIMITS } from '../domain/limits.ts';
import { requiredText, text } from '../domain/text.ts';
import { IsoDateSchema } from '../domain/time.ts';

export const CreateGoalRequestSchema = z.strictObject({
  statement: requiredText(LIMITS.title),
  description: text(LIMITS.longText).optional(),
  measure: GoalMeasureSchema.strict().optional(),
  dueDate: IsoDateSchema.optional(),
  /** Defaults to the caller. */
  ownerId: UserIdSchema.optional(),
});

/** Every field optional; `null` clears an optional field. */
export const UpdateGoalRequestSchema = z.strictObject({
  statement: requiredText(LIMITS.title).optional(),
  description: text(LIMITS.longText).optional(),
  measure: GoalMeasureSchema.strict().nullable().optional(),
  dueDate: IsoDateSchema.nullable().optional(),
  ownerId: UserIdSchema.optional(),
  status: GoalStatusSchema.optional(),
});

export type CreateGoalRequest = z.input<typeof CreateGoalRequestSchema>;
export type UpdateGoalRequest = z.input<typeof UpdateGoalRequestSchema>;
export type CreateGoalCommand = z.output<typeof CreateGoalRequestSchema>;
export type UpdateGoalCommand = z.output<typeof UpdateGoalRequestSchema>;
