import { z } from 'zod';
import { EntityIdSchema, UserIdSchema } from '../domain/ids.ts';
import { LIMITS } from '../domain/limits.ts';
import type { Recognition } from '../domain/recognition.ts';
import { requiredText } from '../domain/text.ts';
import { WorkLinkSchema } from '../domain/work-link.ts';
import type { Versioned } from './versioned.ts';

/** Recognition from the caller (the giver) of 1–20 teammates, tied to a team value. */
export const CreateRecognitionRequestSchema = z.strictObject({
  recipientIds: z
    .array(UserIdSchema)
    .min(1, 'must name at least one person')
    .max(LIMITS.recipientsPerRecognition, `must name at most ${LIMITS.recipientsPerRecognition} people`)
    .transform((ids) => [...new Set(ids)]),
  /** One of the team's values, or a default value while the team has none. */
  valueId: EntityIdSchema,
  message: requiredText(LIMITS.longText),
  /** A task or goal of the same team. */
  link: WorkLinkSchema.strict().optional(),
});

/**
 * What became of the channel post. The recognition is stored whatever happens to the post, so it shows
 * in history either way.
 * - `posted`: it is in the team's channel;
 * - `pending`: the post is still on its way (the channel was slow to answer);
 * - `noChannel`: Cadence knows no channel of this team yet (it was never installed in one);
 * - `failed`: Teams refused or could not be reached.
 */
export type RecognitionDelivery = 'posted' | 'pending' | 'noChannel' | 'failed';

export interface CreateRecognitionResponse {
  recognition: Versioned<Recognition>;
  /** True when the recognition card is in the team's channel. */
  posted: boolean;
  delivery: RecognitionDelivery;
}

export type CreateRecognitionRequest = z.input<typeof CreateRecognitionRequestSchema>;
export type CreateRecognitionCommand = z.output<typeof CreateRecognitionRequestSchema>;
