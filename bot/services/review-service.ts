import type { CreateReviewRequestCommand } from '../../shared/api/review-requests.ts';
import type { AdaptiveCard } from '../../shared/cards/adaptive-card.ts';
import { reviewText } from '../../shared/cards/i18n/review-text.ts';
import { reviewRequestCard, type ReviewRequestCardInput } from '../../shared/cards/review-request-card.ts';
import type { Feedback } from '../../shared/domain/feedback.ts';
import type { SupportedLocale } from '../../shared/i18n/locales.ts';
import { localeFor } from '../../shared/rules/locale-for.ts';
import { newEntityId } from '../../shared/domain/ids.ts';
import { ReviewRequestSchema, type ReviewRequest } from '../../shared/domain/review-request.ts';
import type { Task } from '../../shared/domain/task.ts';
import type { FeedbackParts } from '../../shared/rules/specificity.ts';
import type { IdempotencyMarkerKey } from '../../shared/store/idempotency-repository.ts';
import type { Stored } from '../../shared/store/stored.ts';
import { deliverToMember, type DeliveryOutcome } from './deliver-to-member.ts';
import { deliverFeedback, giveFeedback } from './feedback-service.ts';
import { requireTeammate } from './references.ts';
import type { ServiceContext } from './service-context.ts';
import { FieldError, ForbiddenError, StateConflictError } from './service-errors.ts';

export interface RequestReviewResult {
  review: Stored<ReviewRequest>;
  /** Whether the reviewer's card reached them; the request is stored in every case. */
  delivery: DeliveryOutcome;
  /** True when an earlier call with the same idempotency key made this request. */
  replayed: boolean;
}

export type AnswerReviewResult =
  | { kind: 'answered'; review: Stored<ReviewRequest>; feedback: Stored<Feedback>; delivery: DeliveryOutcome }
  | { kind: 'already'; review: Stored<ReviewRequest> };

/** Delivery options: where to reach Teams when the team has no stored conversation. */
export interface ReviewDeliveryOptions {
  fallbackServiceUrl?: string;
}

/** The assignee of a task, or a leader, may ask for its review; nobody else. */
export function mayRequestReview(ctx: ServiceContext, task: Task): boolean {
  return ctx.access.isLeader || task.assigneeId === ctx.access.userId;
}

/**
 * The caller asks a teammate to review a finished task; the teammate gets a review card 1:1. With an
 * idempotency key, a retry answers the first request (same marker-then-row pattern as feedback), and the
 * card goes out at most once per request.
 */
export async function requestReview(
  ctx: ServiceContext,
  taskId: string,
  command: CreateReviewRequestCommand,
  idempotencyKey?: string,
  options: ReviewDeliveryOptions = {},
): Promise<RequestReviewResult> {
  const { access } = ctx;
  const task = await ctx.repos.tasks.require(access.scope, taskId);
  const marker: IdempotencyMarkerKey | undefined =
    idempotencyKey === undefined
      ? undefined
      : { operation: 'reviewRequest', actorId: access.userId, key: idempotencyKey };
  if (marker) {
    const earlier = await ctx.repos.idempotency.get(access.scope, marker, ReviewRequestSchema);
    if (earlier) return replay(ctx, earlier, task.value, command, options);
  }

  if (!mayRequestReview(ctx, task.value)) {
    throw new ForbiddenError('Only the task’s assignee or a leader can ask for a review of it.');
  }
  if (task.value.status !== 'done') {
    throw new StateConflictError('The task is not done yet: ask for a review once it is finished.');
  }
  if (command.reviewerId === access.userId) {
    throw new FieldError('reviewerId', 'must be someone else: a review comes from a teammate');
  }
  if (command.reviewerId === task.value.assigneeId) {
    throw new FieldError('reviewerId', 'must be someone other than the task’s assignee');
  }
  await requireTeammate(ctx, command.reviewerId, 'reviewerId');
  const review: ReviewRequest = {
    ...access.scope,
    id: newEntityId(),
    taskId,
    requesterId: access.userId,
    reviewerId: command.reviewerId,
    note: command.note,
    status: 'pending',
    createdAt: ctx.now().toISOString(),
  };
  if (marker) {
    const claim = await ctx.repos.idempotency.claim(access.scope, marker, review, ReviewRequestSchema);
    if (!claim.claimed) return replay(ctx, claim.outcome, task.value, command, options);
  }
  const stored = await ctx.repos.reviews.insertOnce(review);
  const delivery = await deliverReviewCard(ctx, stored.value, task.value, options);
  return { review: stored, delivery, replayed: false };
}

async function replay(
  ctx: ServiceContext,
  recorded: ReviewRequest,
  task: Task,
  command: CreateReviewRequestCommand,
  options: ReviewDeliveryOptions,
): Promise<RequestReviewResult> {
  if (
    recorded.taskId !== task.id ||
    recorded.reviewerId !== command.reviewerId ||
    recorded.note !== command.note
  ) {
    throw new StateConflictError(
      'This Idempotency-Key was used for a different review request: ask again with a new key.',
    );
  }
  const stored = await ctx.repos.reviews.insertOnce(recorded);
  const delivery = await deliverReviewCard(ctx, stored.value, task, options);
  return { review: stored, delivery, replayed: true };
}

async function deliverReviewCard(
  ctx: ServiceContext,
  review: ReviewRequest,
  task: Task,
  options: ReviewDeliveryOptions,
): Promise<DeliveryOutcome> {
  const reviewer = await ctx.repos.members.get(ctx.access.scope, review.reviewerId);
  if (!reviewer?.value.active) return 'unreachable';
  // Sent to the reviewer, who did not ask for it: in their language as last seen, else the team's.
  const locale = localeFor(reviewer.value, ctx.access.team);
  const { card, requesterName } = await reviewCardFor(ctx, review, task, locale);
  return deliverToMember(
    ctx,
    {
      operation: 'reviewDelivery',
      key: review.id,
      recipient: reviewer.value,
      fallbackServiceUrl: options.fallbackServiceUrl,
    },
    {
      kind: 'card',
      card,
      summary: reviewText(locale)('card.review.request.summary', { requester: requesterName }),
    },
  );
}

/**
 * The reviewer's card for a review, in the reviewer's `locale`; `extra` keeps typed answers and notes when
 * it comes back after a press.
 */
export async function reviewCardFor(
  ctx: ServiceContext,
  review: ReviewRequest,
  task: Pick<Task, 'id' | 'title'> | undefined,
  locale: SupportedLocale,
  extra: Pick<ReviewRequestCardInput, 'values' | 'notes'> = {},
): Promise<{ card: AdaptiveCard; requesterName: string }> {
  const { scope, team } = ctx.access;
  const t = reviewText(locale);
  const requester = await ctx.repos.members.get(scope, review.requesterId);
  const requesterName = requester?.value.name ?? t('card.review.aTeammate');
  const card = reviewRequestCard({
    teamId: scope.teamId,
    reviewId: review.id,
    teamName: team.name,
    taskTitle: task?.title ?? t('card.review.aDeletedTask'),
    requesterName,
    note: review.note,
    taskUrl: ctx.links.to(team, task ? { kind: 'task', taskId: task.id } : { kind: 'board' }),
    locale,
    ...extra,
  });
  return { card, requesterName };
}

/**
 * The reviewer answers: the answer is stored as feedback to the task's assignee (the requester when the
 * task has none), linked to the task (keyed by
 * the review id, so a second submit or a redelivery gives no second feedback), delivered to them 1:1,
 * and the review is marked done. Delivery comes before the done mark, so a crash in between is finished
 * by the next submit rather than leaving a done review whose feedback never went out.
 */
export async function answerReview(
  ctx: ServiceContext,
  reviewId: string,
  parts: FeedbackParts,
  options: ReviewDeliveryOptions = {},
): Promise<AnswerReviewResult> {
  const { access } = ctx;
  const stored = await ctx.repos.reviews.require(access.scope, reviewId);
  const review = stored.value;
  if (review.reviewerId !== access.userId) {
    throw new ForbiddenError('Only the teammate asked for this review can answer it.');
  }
  if (review.status === 'done') return { kind: 'already', review: stored };
  if (review.status === 'declined') throw new StateConflictError('This review request was declined.');
  const task = await ctx.repos.tasks.get(access.scope, review.taskId);
  const recipientId = reviewRecipientId(review, task?.value);
  let given;
  try {
    given = await giveFeedback(
      ctx,
      {
        recipientId,
        ...parts,
        ...(task ? { link: { kind: 'task' as const, id: review.taskId } } : {}),
        visibility: 'private',
      },
      review.id,
      'review',
    );
  } catch (error) {
    // A concurrent submit with other words won the review: answer as for a second submit.
    if (error instanceof StateConflictError) {
      return { kind: 'already', review: await ctx.repos.reviews.require(access.scope, reviewId) };
    }
    throw error;
  }
  const feedback = given.feedback;
  const delivery = await deliverFeedback(ctx, feedback.value, options.fallbackServiceUrl);
  const completedAt = ctx.now().toISOString();
  const done = await ctx.repos.reviews.update(access.scope, reviewId, (current) =>
    current.status === 'done'
      ? current
      : { ...current, status: 'done', feedbackId: feedback.value.id, completedAt },
  );
  return { kind: 'answered', review: done, feedback, delivery };
}

/**
 * Who a review's answer goes to: the review is about the assignee's work, whoever asked for it (a leader
 * may ask on their behalf); the requester when the task has no assignee, or is gone.
 */
export function reviewRecipientId(
  review: Pick<ReviewRequest, 'requesterId' | 'reviewerId'>,
  task: Pick<Task, 'assigneeId'> | undefined,
): string {
  const assigneeId = task?.assigneeId;
  return assigneeId && assigneeId !== review.reviewerId ? assigneeId : review.requesterId;
}

/** A task's review requests the caller may see (theirs as requester or reviewer; all for a leader), newest first. */
export async function listReviewRequests(
  ctx: ServiceContext,
  taskId: string,
): Promise<Stored<ReviewRequest>[]> {
  const { access } = ctx;
  await ctx.repos.tasks.require(access.scope, taskId);
  const reviews = await ctx.repos.reviews.listForTask(access.scope, taskId);
  return reviews
    .filter(
      ({ value }) =>
        access.isLeader || value.requesterId === access.userId || value.reviewerId === access.userId,
    )
    .sort((a, b) => b.value.createdAt.localeCompare(a.value.createdAt));
}
