import { z } from 'zod';
import { EntityIdSchema, TeamIdSchema, TenantIdSchema, UserIdSchema } from './ids.ts';
import { LIMITS } from './limits.ts';
import { optionalText } from './text.ts';
import { IsoDateTimeSchema } from './time.ts';

export const ReviewStatusSchema = z.enum(['pending', 'done', 'declined']);

/** A member asks a teammate to review a finished task; the answer becomes feedback. */
export const ReviewRequestSchema = z
  .object({
    tenantId: TenantIdSchema,
    teamId: TeamIdSchema,
    id: EntityIdSchema,
    taskId: EntityIdSchema,
    requesterId: UserIdSchema,
    reviewerId: UserIdSchema,
    note: optionalText(LIMITS.shortText),
    status: ReviewStatusSchema.default('pending'),
    feedbackId: EntityIdSchema.optional(),
    createdAt: IsoDateTimeSchema,
    completedAt: IsoDateTimeSchema.optional(),
  })
  .refine((review) => review.requesterId !== review.reviewerId, {
    message: 'a review comes from a teammate',
    path: ['reviewerId'],
  });

export type ReviewStatus = z.infer<typeof ReviewStatusSchema>;
export type ReviewRequest = z.infer<typeof ReviewRequestSchema>;
