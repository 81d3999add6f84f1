import { z } from 'zod';
import type { FieldNotes } from '../../../shared/cards/feedback-fields.ts';
import { reviewAnsweredCard } from '../../../shared/cards/review-answered-card.ts';
import { EntityIdSchema } from '../../../shared/domain/ids.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import type { ReviewRequest } from '../../../shared/domain/review-request.ts';
import { requiredText } from '../../../shared/domain/text.ts';
import { checkSpecificity } from '../../../shared/rules/specificity.ts';
import type { DeliveryOutcome } from '../../services/deliver-to-member.ts';
import { answerReview, reviewCardFor, reviewRecipientId } from '../../services/review-service.ts';
import type { ServiceContext } from '../../services/service-context.ts';
import { FieldError, ForbiddenError, StateConflictError } from '../../services/service-errors.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { CardActionInput, CardActionResult } from '../card-action.ts';
import { inputText, isConfirmed, problemsByInput } from '../feedback/card-form.ts';
import { accessFor, NOT_ON_THIS_TEAM } from '../team-choice.ts';

const SubmitData = z.object({ teamId: z.string().max(256), reviewId: EntityIdSchema });

const AnswerSchema = z.object({
  situation: requiredText(LIMITS.longText),
  behaviour: requiredText(LIMITS.longText),
  impact: requiredText(LIMITS.longText),
});

const LABELS: Record<string, string> = {
  situation: 'What you looked at',
  behaviour: 'What went well, and what to improve',
  impact: 'Impact',
};

/**
 * `reviewSubmit`: only the named reviewer may answer. A vague answer comes back with nudges (unless
 * confirmed); otherwise it becomes feedback on the task to its assignee, and the card says thanks.
 */
export async function submitReview(deps: BotDeps, input: CardActionInput): Promise<CardActionResult> {
  const parsed = SubmitData.safeParse(input.data);
  if (!parsed.success) return { kind: 'message', text: 'This review card is out of date.' };
  const access = await accessFor(deps, input.actor, parsed.data.teamId);
  if (!access) return { kind: 'message', text: NOT_ON_THIS_TEAM };
  const ctx: ServiceContext = { ...deps, access };
  const review = (await deps.repos.reviews.get(access.scope, parsed.data.reviewId))?.value;
  if (!review) return { kind: 'message', text: 'This review request no longer exists.' };
  if (review.reviewerId !== access.userId) {
    return { kind: 'message', text: 'Only the teammate asked for this review can answer it.' };
  }
  if (review.status === 'done') return answeredCard(ctx, review, 'already');

  const values = {
    situation: inputText(input.data, 'situation'),
    behaviour: inputText(input.data, 'behaviour'),
    impact: inputText(input.data, 'impact'),
  };
  const again = async (notes: FieldNotes): Promise<CardActionResult> => {
    const task = (await deps.repos.tasks.get(access.scope, review.taskId))?.value;
    return { kind: 'card', card: (await reviewCardFor(ctx, review, task, { values, notes })).card };
  };
  const answer = AnswerSchema.safeParse(values);
  if (!answer.success) return again({ errors: problemsByInput(answer.error, LABELS) });
  if (!isConfirmed(input.data)) {
    const result = checkSpecificity(answer.data);
    if (!result.specific) return again({ nudges: result.issues });
  }
  try {
    const result = await answerReview(ctx, review.id, answer.data, {
      fallbackServiceUrl: input.actor.serviceUrl,
    });
    return answeredCard(ctx, result.review.value, result.kind === 'already' ? 'already' : result.delivery);
  } catch (error) {
    if (error instanceof FieldError) {
      return {
        kind: 'message',
        text: 'The person who asked is no longer on the team: the review cannot go to them.',
      };
    }
    if (error instanceof ForbiddenError || error instanceof StateConflictError) {
      return { kind: 'message', text: error.message };
    }
    throw error;
  }
}

async function answeredCard(
  ctx: ServiceContext,
  review: ReviewRequest,
  outcome: DeliveryOutcome,
): Promise<CardActionResult> {
  const task = await ctx.repos.tasks.get(ctx.access.scope, review.taskId);
  const recipient = await ctx.repos.members.get(ctx.access.scope, reviewRecipientId(review, task?.value));
  const card = reviewAnsweredCard({
    requesterName: recipient?.value.name ?? 'your teammate',
    taskTitle: task?.value.title ?? 'the task',
    outcome,
    taskUrl: ctx.links.to(
      ctx.access.team,
      task ? { kind: 'task', taskId: review.taskId } : { kind: 'board' },
    ),
  });
  return { kind: 'card', card };
}
