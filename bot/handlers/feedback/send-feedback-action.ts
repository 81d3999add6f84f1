import { z } from 'zod';
import { CreateFeedbackRequestSchema } from '../../../shared/api/feedback-requests.ts';
import {
  feedbackComposeCard,
  type FeedbackComposeValues,
} from '../../../shared/cards/feedback-compose-card.ts';
import type { FieldNotes } from '../../../shared/cards/feedback-fields.ts';
import { feedbackSentCard, type FeedbackSentOutcome } from '../../../shared/cards/feedback-sent-card.ts';
import { feedbackText } from '../../../shared/cards/i18n/feedback-text.ts';
import { repliesWorkText, type RepliesWorkT } from '../../../shared/cards/i18n/replies-work-text.ts';
import { FeedbackSchema, type Feedback } from '../../../shared/domain/feedback.ts';
import { EntityIdSchema } from '../../../shared/domain/ids.ts';
import { pickLocale, type SupportedLocale } from '../../../shared/i18n/locales.ts';
import { checkSpecificity } from '../../../shared/rules/specificity.ts';
import { deliverFeedback, giveFeedback } from '../../services/feedback-service.ts';
import type { ServiceContext, TeamAccess } from '../../services/service-context.ts';
import { FieldError, StateConflictError } from '../../services/service-errors.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { CardActionInput, CardActionResult } from '../card-action.ts';
import { replyAsCardResult } from '../reply-as-card-result.ts';
import { resolveTeam } from '../team-choice.ts';
import { describeProblem, inputText, isConfirmed, localProblem, problemsByInput } from './card-form.ts';
import { composeOptions } from './compose-options.ts';

const SendData = z.object({ teamId: z.string().max(256), draftId: EntityIdSchema });

/** The inputs' names as a problem's sentence starts with them, in the reader's language. */
function labels(locale: SupportedLocale): Record<string, string> {
  const t = repliesWorkText(locale);
  const card = feedbackText(locale);
  return {
    recipientId: t('card.repliesWork.label.recipient'),
    situation: card('card.feedback.field.situation'),
    behaviour: card('card.feedback.field.behaviour'),
    impact: card('card.feedback.field.impact'),
    link: t('card.repliesWork.label.work'),
    visibility: t('card.repliesWork.label.visibility'),
  };
}

/**
 * `feedbackSend`: checks the draft; when vague (and not confirmed with "Send anyway") answers the same
 * card with the nudges; otherwise gives the feedback (keyed by the draft id, so a double press or a
 * redelivery gives it once), delivers it 1:1 to the recipient, and replaces the card with where it went.
 */
export async function sendFeedback(deps: BotDeps, input: CardActionInput): Promise<CardActionResult> {
  const locale = pickLocale(input.actor.locale);
  const t: RepliesWorkT = repliesWorkText(locale);
  const parsed = SendData.safeParse(input.data);
  if (!parsed.success) return { kind: 'message', text: t('card.repliesWork.feedback.outOfDate') };
  const { teamId, draftId } = parsed.data;
  const resolved = await resolveTeam(deps, input.actor, 'feedback', teamId);
  if (resolved.kind === 'reply') return replyAsCardResult(resolved.reply);
  const ctx: ServiceContext = { ...deps, access: resolved.access };
  const values = valuesOf(input.data);
  const again = (notes: FieldNotes) => composeAgain(deps, resolved.access, draftId, values, notes, locale);
  const names = labels(locale);

  const command = CreateFeedbackRequestSchema.safeParse(commandInput(values));
  if (!command.success) {
    const errors = problemsByInput(command.error, names, locale);
    // A missing choice is not a malformed id: say what to do.
    if (errors['recipientId'])
      errors['recipientId'] = feedbackText(locale)('card.feedback.compose.toRequired');
    return again({ errors });
  }
  if (!isConfirmed(input.data)) {
    const result = checkSpecificity(command.data, { locale: input.actor.locale });
    if (!result.specific && !(await givenBefore(ctx, draftId))) return again({ nudges: result.issues });
  }

  let feedback: Feedback;
  try {
    feedback = (await giveFeedback(ctx, command.data, draftId, 'card')).feedback.value;
  } catch (error) {
    if (error instanceof FieldError) {
      const id = error.field.split('.')[0] ?? error.field;
      const label = names[id] ?? t('card.repliesWork.label.field');
      return again({ errors: { [id]: describeProblem(label, localProblem(locale, error.problem)) } });
    }
    // The same draft was sent before with other words (an edited copy of an old card): that one stands.
    if (!(error instanceof StateConflictError)) throw error;
    const earlier = await givenBefore(ctx, draftId);
    if (!earlier) throw error;
    return sentCard(ctx, earlier, 'already', locale);
  }
  return sentCard(ctx, feedback, await deliverFeedback(ctx, feedback, input.actor.serviceUrl), locale);
}

function valuesOf(data: Record<string, unknown>): FeedbackComposeValues {
  const visibility = inputText(data, 'visibility');
  return {
    recipientId: inputText(data, 'recipientId'),
    situation: inputText(data, 'situation'),
    behaviour: inputText(data, 'behaviour'),
    impact: inputText(data, 'impact'),
    link: inputText(data, 'link'),
    visibility: visibility === 'team' ? 'team' : 'private',
  };
}

/** The card's values in the API's request shape, so the bot and the tab validate feedback alike. */
function commandInput(values: FeedbackComposeValues): Record<string, unknown> {
  const [kind, id] = (values.link ?? '').split(':', 2);
  return {
    recipientId: values.recipientId,
    situation: values.situation,
    behaviour: values.behaviour,
    impact: values.impact,
    ...(values.link ? { link: { kind, id } } : {}),
    visibility: values.visibility,
  };
}

/** The feedback an earlier press of this draft gave, if any. */
function givenBefore(ctx: ServiceContext, draftId: string): Promise<Feedback | undefined> {
  return ctx.repos.idempotency.get(
    ctx.access.scope,
    { operation: 'feedback', actorId: ctx.access.userId, key: draftId },
    FeedbackSchema,
  );
}

async function composeAgain(
  deps: BotDeps,
  access: TeamAccess,
  draftId: string,
  values: FeedbackComposeValues,
  notes: FieldNotes,
  locale: SupportedLocale,
): Promise<CardActionResult> {
  const { teammates, work } = await composeOptions(deps, access);
  const card = feedbackComposeCard({
    teamId: access.scope.teamId,
    teamName: access.team.name,
    draftId,
    teammates,
    work,
    values,
    notes,
    locale,
  });
  return { kind: 'card', card };
}

async function sentCard(
  ctx: ServiceContext,
  feedback: Feedback,
  outcome: FeedbackSentOutcome,
  locale: SupportedLocale,
): Promise<CardActionResult> {
  const recipient = await ctx.repos.members.get(ctx.access.scope, feedback.recipientId);
  const card = feedbackSentCard({
    recipientName: recipient?.value.name ?? feedbackText(locale)('card.feedback.yourTeammate'),
    visibility: feedback.visibility,
    outcome,
    historyUrl: ctx.links.to(ctx.access.team, { kind: 'history', userId: feedback.recipientId }),
    locale,
  });
  return { kind: 'card', card };
}
