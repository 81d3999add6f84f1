import type { CreateFeedbackCommand } from '../../shared/api/feedback-requests.ts';
import { feedbackDeliveryCard } from '../../shared/cards/feedback-delivery-card.ts';
import { feedbackText } from '../../shared/cards/i18n/feedback-text.ts';
import { FeedbackSchema, type Feedback } from '../../shared/domain/feedback.ts';
import { localeFor } from '../../shared/rules/locale-for.ts';
import { checkSpecificity, type SpecificityResult } from '../../shared/rules/specificity.ts';
import type { IdempotencyMarkerKey } from '../../shared/store/idempotency-repository.ts';
import type { Stored } from '../../shared/store/stored.ts';
import { newTimelineId } from '../../shared/store/timeline-ids.ts';
import { deliverToMember, type DeliveryOutcome } from './deliver-to-member.ts';
import { requireTeammate, requireWork, workTitle } from './references.ts';
import type { ServiceContext } from './service-context.ts';
import { FieldError, StateConflictError } from './service-errors.ts';

export interface GiveFeedbackResult {
  feedback: Stored<Feedback>;
  /** Advisory: vague feedback is still given; the tab nudges before sending. */
  specificity: SpecificityResult;
  /** True when an earlier call with the same idempotency key gave this feedback. */
  replayed: boolean;
}

/** Where feedback was given: the tab, the bot's feedback card, or a review card answering a request. */
export type FeedbackSource = Feedback['source'];

/**
 * The caller gives feedback to a teammate. With an idempotency key, a retry answers the first call's
 * feedback instead of giving it twice. The guarantee:
 * 1. The marker (team partition, RowKey `feedback|{giver}|{key}`, or `reviewAnswer|…` for a review) is
 *    written insert-if-absent and holds the whole feedback, including its id; exactly one call's marker
 *    is ever stored, so the key is bound to one id before any feedback row exists.
 * 2. The feedback row is then written under that id, insert-if-absent too. A call that finds the marker
 *    (a retry, or a concurrent duplicate) writes the same row if it is still missing.
 * A crash between 1 and 2 therefore loses nothing the client was told about (it got no 201) and the next
 * retry completes the same row; no order of crashes or races can write a second row, since every writer
 * uses the marker's id. Without a key, each call gives new feedback.
 */
export async function giveFeedback(
  ctx: ServiceContext,
  command: CreateFeedbackCommand,
  idempotencyKey?: string,
  source: FeedbackSource = 'tab',
): Promise<GiveFeedbackResult> {
  const { access } = ctx;
  if (command.recipientId === access.userId) {
    throw new FieldError('recipientId', 'must be someone else: feedback goes to a teammate');
  }
  const operation = source === 'review' ? 'reviewAnswer' : 'feedback';
  const marker: IdempotencyMarkerKey | undefined =
    idempotencyKey === undefined ? undefined : { operation, actorId: access.userId, key: idempotencyKey };
  if (marker) {
    const earlier = await ctx.repos.idempotency.get(access.scope, marker, FeedbackSchema);
    if (earlier) return replay(ctx, earlier, command);
  }

  await requireTeammate(ctx, command.recipientId, 'recipientId');
  if (command.link) await requireWork(ctx, command.link, 'link.id');
  const createdAt = ctx.now();
  const feedback: Feedback = {
    ...access.scope,
    id: newTimelineId(createdAt),
    giverId: access.userId,
    recipientId: command.recipientId,
    situation: command.situation,
    behaviour: command.behaviour,
    impact: command.impact,
    link: command.link,
    visibility: command.visibility,
    source,
    createdAt: createdAt.toISOString(),
  };
  if (!marker) return result(ctx, await ctx.repos.feedback.insert(feedback), false);

  const claim = await ctx.repos.idempotency.claim(access.scope, marker, feedback, FeedbackSchema);
  if (!claim.claimed) return replay(ctx, claim.outcome, command);
  return result(ctx, await ctx.repos.feedback.insertOnce(claim.outcome), false);
}

/** The feedback an earlier call with the same key recorded, written now if that call stopped short of it. */
async function replay(
  ctx: ServiceContext,
  recorded: Feedback,
  command: CreateFeedbackCommand,
): Promise<GiveFeedbackResult> {
  if (!sameFeedback(recorded, command)) {
    throw new StateConflictError(
      'This Idempotency-Key was used for different feedback: send new feedback with a new key.',
    );
  }
  const stored = await ctx.repos.feedback.get(ctx.access.scope, recorded.id);
  return result(ctx, stored ?? (await ctx.repos.feedback.insertOnce(recorded)), true);
}

function sameFeedback(recorded: Feedback, command: CreateFeedbackCommand): boolean {
  return (
    recorded.recipientId === command.recipientId &&
    recorded.situation === command.situation &&
    recorded.behaviour === command.behaviour &&
    recorded.impact === command.impact &&
    recorded.visibility === command.visibility &&
    recorded.link?.kind === command.link?.kind &&
    recorded.link?.id === command.link?.id
  );
}

/** The specificity nudge judges the text in the giver's Teams language as last recorded (else the team's). */
function result(ctx: ServiceContext, feedback: Stored<Feedback>, replayed: boolean): GiveFeedbackResult {
  const { situation, behaviour, impact } = feedback.value;
  const locale = ctx.access.member.locale ?? ctx.access.team.locale;
  return { feedback, specificity: checkSpecificity({ situation, behaviour, impact }, { locale }), replayed };
}

/**
 * Delivers given feedback privately: a card in the recipient's 1:1 chat, at most once per feedback.
 * The feedback is stored whatever happens here; the outcome says whether Teams took the card.
 */
export async function deliverFeedback(
  ctx: ServiceContext,
  feedback: Feedback,
  fallbackServiceUrl?: string,
): Promise<DeliveryOutcome> {
  const { scope, team } = ctx.access;
  const [giver, recipient, about] = await Promise.all([
    ctx.repos.members.get(scope, feedback.giverId),
    ctx.repos.members.get(scope, feedback.recipientId),
    feedback.link ? workTitle(ctx, feedback.link) : undefined,
  ]);
  if (!recipient?.value.active) return 'unreachable';
  // The recipient did not ask for this card: their language as last seen, else the team's.
  const locale = localeFor(recipient.value, team);
  const t = feedbackText(locale);
  const giverName = giver?.value.name ?? t('card.feedback.delivery.aTeammate');
  const card = feedbackDeliveryCard({
    giverName,
    teamName: team.name,
    source: feedback.source,
    situation: feedback.situation,
    behaviour: feedback.behaviour,
    impact: feedback.impact,
    visibility: feedback.visibility,
    about:
      feedback.link && about !== undefined
        ? {
            kind: feedback.link.kind,
            title: about,
            url: ctx.links.to(
              team,
              feedback.link.kind === 'task' ? { kind: 'task', taskId: feedback.link.id } : { kind: 'board' },
            ),
          }
        : undefined,
    historyUrl: ctx.links.to(team, { kind: 'history', userId: feedback.recipientId }),
    locale,
  });
  const summary = t(
    feedback.source === 'review' ? 'card.feedback.delivery.summaryReview' : 'card.feedback.delivery.summary',
    { giver: giverName },
  );
  return deliverToMember(
    ctx,
    { operation: 'feedbackDelivery', key: feedback.id, recipient: recipient.value, fallbackServiceUrl },
    { kind: 'card', card, summary },
  );
}

/** The title of the task or goal feedback is about; undefined when it is gone. */
