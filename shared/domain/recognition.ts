import { z } from 'zod';
import { EntityIdSchema, TeamIdSchema, TenantIdSchema, UserIdSchema } from './ids.ts';
import { LIMITS } from './limits.ts';
import { requiredText } from './text.ts';
import { IsoDateTimeSchema } from './time.ts';
import { WorkLinkSchema } from './work-link.ts';

/** Public praise tied to a team value; posted to the channel. */
export const RecognitionSchema = z
  .object({
    tenantId: TenantIdSchema,
    teamId: TeamIdSchema,
    id: EntityIdSchema,
    giverId: UserIdSchema,
    recipientIds: z
      .array(UserIdSchema)
      .min(1, 'must name at least one person')
      .max(LIMITS.recipientsPerRecognition)
      .transform((ids) => [...new Set(ids)]),
    valueId: EntityIdSchema,
    message: requiredText(LIMITS.longText),
    link: WorkLinkSchema.optional(),
    createdAt: IsoDateTimeSchema,
  })
  .refine((recognition) => !recognition.recipientIds.includes(recognition.giverId), {
    message: 'recognition goes to someone else',
    path: ['recipientIds'],
  });

export type Recognition = z.infer<typeof RecognitionSchema>;
