import { z } from 'zod';
import { EntityIdSchema } from './ids.ts';

/** A link from feedback, recognition or a review to the work it is about. */
export const WorkLinkSchema = z.object({
  kind: z.enum(['task', 'goal']),
  id: EntityIdSchema,
});

export type WorkLink = z.infer<typeof WorkLinkSchema>;
