import { z } from 'zod';
import type { FieldNotes } from '../../../shared/cards/feedback-fields.ts';
import { repliesText } from '../../../shared/cards/i18n/replies-text.ts';
import { repliesWorkText } from '../../../shared/cards/i18n/replies-work-text.ts';
import { reviewText } from '../../../shared/cards/i18n/review-text.ts';
import { reviewAnsweredCard } from '../../../shared/cards/review-answered-card.ts';
import { EntityIdSchema } from '../../../shared/domain/ids.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import type { ReviewRequest } from '../../../shared/domain/review-request.ts';
import { requiredText } from '../../../shared/domain/text.ts';
import { pickLocale, type SupportedLocale } from '../../../shared/i18n/locales.ts';
import { checkSpecificity } from '../../../shared/rules/specificity.ts';
import type { DeliveryOutcome } from '../../services/deliver-to-member.ts';
import { answerReview, reviewCardFor, reviewRecipientId } from '../../services/review-service.ts';
import type { ServiceContext } from '../../services/service-context.ts';
import { FieldError, ForbiddenError, StateConflictError } from '../../services/service-errors.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { CardActionInput, CardActionResult } from '../card-action.ts';
import { inputText, isConfirmed, localMessage, problemsByInput } from '../feedback/card-form.ts';
import { accessFor } from '../team-choice.ts';

const SubmitData = z.object({ teamId: z.string().max(256), reviewId: EntityIdSchema });

const AnswerSchema = z.object({
  situation: requiredText(LIMITS.longText),
  behaviour: requiredText(LIMITS.longText),
  impact: requiredText(LIMITS.longText),
});

/** The review's questions as a problem's sentence starts with them, in the reader's language. */
function labels(locale: SupportedLocale): Record<string, string> {
  const t = reviewText(locale);
  return {
    situation: t('card.review.request.situation'),
    behaviour: t('card.review.request.behaviour'),
    impact: t('card.review.request.impact'),
  };
}

/**
 * `reviewSubmit`: only the named reviewer may answer. A vague answer comes back with nudges (unless
 * confirmed); otherwise it becomes feedback on the task to its assignee, and the card says thanks.
 */
export async function submitReview(deps: BotDeps, input: CardActionInput): Promise<CardActionResult> {
  const locale = pickLocale(input.actor.locale);
  const t = repliesWorkText(locale);
  const parsed = SubmitData.safeParse(input.data);
  if (!parsed.success) return { kind: 'message', text: t('card.repliesWork.review.cardOutOfDate') };
  const access = await accessFor(deps, input.actor, parsed.data.teamId);
  if (!access) return { kind: 'message', text: repliesText(locale)('card.replies.notOnThisTeam') };
  const ctx: ServiceContext = { ...deps, access };
  const review = (await deps.repos.reviews.get(access.scope, parsed.data.reviewId))?.value;
  if (!review) return { kind: 'message', text: t('card.repliesWork.review.gone') };
  if (review.reviewerId !== access.userId) {
    return { kind: 'message', text: t('card.repliesWork.review.onlyReviewer') };
  }
  if (review.status === 'done') return answeredCard(ctx, review, 'already', locale);

  const values = {
    situation: inputText(input.data, 'situation'),
    behaviour: inputText(input.data, 'behaviour'),
    impact: inputText(input.data, 'impact'),
  };
  const again = async (notes: FieldNotes): Promise<CardActionResult> => {
    const task = (await deps.repos.tasks.get(access.scope, review.taskId))?.value;
    return { kind: 'card', card: (await reviewCardFor(ctx, review, task, locale, { values, notes })).card };
  };
  const answer = AnswerSchema.safeParse(values);
  if (!answer.success) return again({ errors: problemsByInput(answer.error, labels(locale), locale) });
  if (!isConfirmed(input.data)) {
    const result = checkSpecificity(answer.data, { locale: input.actor.locale });
    if (!result.specific) return again({ nudges: result.issues });
  }
  try {
    const result = await answerReview(ctx, review.id, answer.data, {
      fallbackServiceUrl: input.actor.serviceUrl,
    });
    const outcome = result.kind === 'already' ? 'already' : result.delivery;
    return answeredCard(ctx, result.review.value, outcome, locale);
  } catch (error) {
    if (error instanceof FieldError) {
      return { kind: 'message', text: t('card.repliesWork.review.requesterGone') };
    }
    if (error instanceof ForbiddenError || error instanceof StateConflictError) {
      return { kind: 'message', text: localMessage(t, error.message) };
    }
    throw error;
  }
}

async function answeredCard(
  ctx: ServiceContext,
  review: ReviewRequest,
  outcome: DeliveryOutcome,
  locale: SupportedLocale,
): Promise<CardActionResult> {
  const t = reviewText(locale);
  const task = await ctx.repos.tasks.get(ctx.access.scope, review.taskId);
  const recipient = await ctx.repos.members.get(ctx.access.scope, reviewRecipientId(review, task?.value));
  const card = reviewAnsweredCard({
    requesterName: recipient?.value.name ?? t('card.review.yourTeammate'),
    taskTitle: task?.value.title ?? t('card.review.theTask'),
    outcome,
    taskUrl: ctx.links.to(
      ctx.access.team,
      task ? { kind: 'task', taskId: review.taskId } : { kind: 'board' },
    ),
    locale,
  });
  return { kind: 'card', card };
}
