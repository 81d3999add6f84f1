import { z } from 'zod';
import { EntityIdSchema, TeamIdSchema, TenantIdSchema, UserIdSchema } from './ids.ts';
import { LIMITS } from './limits.ts';
import { requiredText } from './text.ts';
import { IsoDateTimeSchema } from './time.ts';
import { WorkLinkSchema } from './work-link.ts';

/** `private`: giver, recipient and leaders only. `team`: everyone on the team. */
export const VisibilitySchema = z.enum(['private', 'team']);
export const FeedbackSourceSchema = z.enum(['tab', 'card', 'review']);

/** Situation, behaviour, impact: the shape that keeps feedback specific. */
export const FeedbackSchema = z
  .object({
    tenantId: TenantIdSchema,
    teamId: TeamIdSchema,
    id: EntityIdSchema,
    giverId: UserIdSchema,
    recipientId: UserIdSchema,
    situation: requiredText(LIMITS.longText),
    behaviour: requiredText(LIMITS.longText),
    impact: requiredText(LIMITS.longText),
    link: WorkLinkSchema.optional(),
    visibility: VisibilitySchema.default('private'),
    source: FeedbackSourceSchema.default('tab'),
    createdAt: IsoDateTimeSchema,
  })
  .refine((feedback) => feedback.giverId !== feedback.recipientId, {
    message: 'feedback goes to someone else',
    path: ['recipientId'],
  });

export type Visibility = z.infer<typeof VisibilitySchema>;
export type Feedback = z.infer<typeof FeedbackSchema>;

/** Who may see a feedback item. The API enforces this; the UI only follows it. */
export function canSeeFeedback(
  feedback: Pick<Feedback, 'visibility' | 'giverId' | 'recipientId'>,
  viewerId: string,
  viewerIsLeader: boolean,
): boolean {
  return (
    feedback.visibility === 'team' ||
    viewerIsLeader ||
    viewerId === feedback.giverId ||
    viewerId === feedback.recipientId
  );
}
