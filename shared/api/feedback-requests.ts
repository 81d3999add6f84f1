import { z } from 'zod';
import { VisibilitySchema, type Feedback } from '../domain/feedback.ts';
import { UserIdSchema } from '../domain/ids.ts';
import { LIMITS } from '../domain/limits.ts';
import { requiredText } from '../domain/text.ts';
import { WorkLinkSchema } from '../domain/work-link.ts';
import type { SpecificityResult } from '../rules/specificity.ts';
import type { Versioned } from './versioned.ts';

/** Feedback from the caller (the giver) to a teammate: situation, behaviour, impact. */
export const CreateFeedbackRequestSchema = z.strictObject({
  recipientId: UserIdSchema,
  situation: requiredText(LIMITS.longText),
  behaviour: requiredText(LIMITS.longText),
  impact: requiredText(LIMITS.longText),
  /** A task or goal of the same team. */
  link: WorkLinkSchema.strict().optional(),
  visibility: VisibilitySchema.default('private'),
});

export interface CreateFeedbackResponse {
  feedback: Versioned<Feedback>;
  /** The same check the tab runs before sending; advisory, it never blocks the feedback. */
  specificity: SpecificityResult;
}

export type CreateFeedbackRequest = z.input<typeof CreateFeedbackRequestSchema>;
export type CreateFeedbackCommand = z.output<typeof CreateFeedbackRequestSchema>;
