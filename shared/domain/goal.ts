import { z } from 'zod';
import { EntityIdSchema, TeamIdSchema, TenantIdSchema, UserIdSchema } from './ids.ts';
import { LIMITS } from './limits.ts';
import { optionalText, requiredText } from './text.ts';
import { IsoDateSchema, IsoDateTimeSchema } from './time.ts';

export const GoalStatusSchema = z.enum(['active', 'done', 'archived']);

/** How a goal is measured: from `baseline` to `target` in `unit`, currently at `current`. */
export const GoalMeasureSchema = z.object({
  metric: requiredText(LIMITS.title),
  baseline: z.number().finite(),
  target: z.number().finite(),
  current: z.number().finite().optional(),
  unit: optionalText(32),
});

export const GoalSchema = z.object({
  tenantId: TenantIdSchema,
  teamId: TeamIdSchema,
  id: EntityIdSchema,
  ownerId: UserIdSchema,
  statement: requiredText(LIMITS.title),
  description: optionalText(LIMITS.longText),
  measure: GoalMeasureSchema.optional(),
  dueDate: IsoDateSchema.optional(),
  status: GoalStatusSchema.default('active'),
  createdBy: UserIdSchema,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});

export type GoalStatus = z.infer<typeof GoalStatusSchema>;
export type GoalMeasure = z.infer<typeof GoalMeasureSchema>;
export type Goal = z.infer<typeof GoalSchema>;
