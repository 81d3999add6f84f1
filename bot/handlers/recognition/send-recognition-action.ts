import { z } from 'zod';
import { IdempotencyKeySchema } from '../../../shared/api/idempotency-key.ts';
import { CreateRecognitionRequestSchema } from '../../../shared/api/recognition-requests.ts';
import {
  workLinkOfChoice,
  type RecognitionComposeField,
  type RecognitionDraft,
} from '../../../shared/cards/recognition-compose-card.ts';
import type { AdaptiveCard } from '../../../shared/cards/adaptive-card.ts';
import { recognitionText } from '../../../shared/cards/i18n/recognition-text.ts';
import { repliesText } from '../../../shared/cards/i18n/replies-text.ts';
import { repliesWorkText } from '../../../shared/cards/i18n/replies-work-text.ts';
import { listed, valueBadge } from '../../../shared/cards/recognition-card.ts';
import { recognitionSentCard } from '../../../shared/cards/recognition-sent-card.ts';
import { recognitionValue } from '../../../shared/domain/default-values.ts';
import { pickLocale, type SupportedLocale } from '../../../shared/i18n/locales.ts';
import { giveRecognition, type GiveRecognitionResult } from '../../services/recognition-service.ts';
import type { TeamAccess } from '../../services/service-context.ts';
import { FieldError, StateConflictError } from '../../services/service-errors.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { CardActionInput, CardActionResult } from '../card-action.ts';
import { localProblem } from '../feedback/card-form.ts';
import { accessFor } from '../team-choice.ts';
import { composeCardFor } from './recognition-compose.ts';

/** The press's data and the card's inputs; generous caps, so a too-long message is named, not dropped. */
const SendData = z.object({
  teamId: z.string().max(256),
  draftId: IdempotencyKeySchema,
  recipientIds: z.string().max(4000).default(''),
  valueId: z.string().max(200).default(''),
  message: z.string().max(40_000).default(''),
  link: z.string().max(300).default(''),
});

/**
 * "Post recognition" on the compose card (and "Try posting again" on the card that replaces it). The
 * card's `draftId` is the idempotency key: pressing twice, or a redelivered invoke, stores and posts once.
 * A problem comes back as the compose card with the error under its field and the inputs kept.
 */
export async function sendRecognition(deps: BotDeps, input: CardActionInput): Promise<CardActionResult> {
  const locale = pickLocale(input.actor.locale);
  const t = repliesWorkText(locale);
  const parsed = SendData.safeParse(input.data);
  if (!parsed.success) return { kind: 'message', text: t('card.repliesWork.recognition.outOfDate') };
  const { teamId, draftId, ...draft } = parsed.data;
  const access = await accessFor(deps, input.actor, teamId);
  if (!access) return { kind: 'message', text: repliesText(locale)('card.replies.notOnThisTeam') };
  const again = async (field: RecognitionComposeField, problem: string): Promise<CardActionResult> => {
    const error = { field, message: sentence(localProblem(locale, problem)) };
    const card = await composeCardFor(deps, access, { draftId, draft, error, locale });
    return card
      ? { kind: 'card', card }
      : { kind: 'message', text: t('card.repliesWork.recognition.noTeammates') };
  };

  const link = workLinkOfChoice(draft.link);
  if (draft.link !== '' && !link) return again('link', 'is not a task or goal of this team');
  const command = CreateRecognitionRequestSchema.safeParse({
    recipientIds: draft.recipientIds.split(',').filter(Boolean),
    valueId: draft.valueId,
    message: draft.message,
    ...(link ? { link } : {}),
  });
  if (!command.success) {
    const issue = command.error.issues[0];
    return again(composeFieldOf(String(issue?.path[0] ?? '')), issue?.message ?? 'is not valid');
  }
  try {
    const given = await giveRecognition({ ...deps, access }, command.data, draftId);
    const retry = { teamId, draftId, ...draft };
    return { kind: 'card', card: await sentCard(deps, access, given, retry, locale) };
  } catch (error) {
    if (error instanceof FieldError) return again(composeFieldOf(error.field), error.problem);
    if (error instanceof StateConflictError) {
      return { kind: 'message', text: t('card.repliesWork.recognition.sentDifferently') };
    }
    throw error;
  }
}

function composeFieldOf(field: string): RecognitionComposeField {
  const top = field.split('.')[0];
  return top === 'recipientIds' || top === 'valueId' || top === 'link' ? top : 'message';
}

/** "must not be empty" → "Must not be empty." */
function sentence(problem: string): string {
  const text = problem.charAt(0).toUpperCase() + problem.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

async function sentCard(
  deps: BotDeps,
  access: TeamAccess,
  given: GiveRecognitionResult,
  retry: RecognitionDraft & { teamId: string; draftId: string },
  locale: SupportedLocale,
): Promise<AdaptiveCard> {
  const t = recognitionText(locale);
  const recognition = given.recognition.value;
  const value = recognitionValue(access.team.settings, recognition.valueId);
  const members = await Promise.all(
    recognition.recipientIds.map((userId) => deps.repos.members.get(access.scope, userId)),
  );
  const names = members.map((member) => member?.value.name ?? t('card.recognition.formerMember'));
  return recognitionSentCard({
    teamName: access.team.name,
    delivery: given.delivery,
    summary: t('card.recognition.sent.summary', {
      badge: value ? valueBadge(value) : recognition.valueId,
      recipients: listed(names, locale),
    }),
    historyUrl: deps.links.to(access.team, { kind: 'history', userId: access.userId }),
    retry: { ...retry },
    locale,
  });
}
