import { z } from 'zod';
import { IdempotencyKeySchema } from '../../../shared/api/idempotency-key.ts';
import { CreateRecognitionRequestSchema } from '../../../shared/api/recognition-requests.ts';
import {
  workLinkOfChoice,
  type RecognitionComposeField,
  type RecognitionDraft,
} from '../../../shared/cards/recognition-compose-card.ts';
import type { AdaptiveCard } from '../../../shared/cards/adaptive-card.ts';
import { listed, valueBadge } from '../../../shared/cards/recognition-card.ts';
import { recognitionSentCard } from '../../../shared/cards/recognition-sent-card.ts';
import { recognitionValue } from '../../../shared/domain/default-values.ts';
import { giveRecognition, type GiveRecognitionResult } from '../../services/recognition-service.ts';
import type { TeamAccess } from '../../services/service-context.ts';
import { FieldError, StateConflictError } from '../../services/service-errors.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { CardActionInput, CardActionResult } from '../card-action.ts';
import { accessFor, NOT_ON_THIS_TEAM } from '../team-choice.ts';
import { composeCardFor, NO_TEAMMATES } from './recognition-compose.ts';

/** The press's data and the card's inputs; generous caps, so a too-long message is named, not dropped. */
const SendData = z.object({
  teamId: z.string().max(256),
  draftId: IdempotencyKeySchema,
  recipientIds: z.string().max(4000).default(''),
  valueId: z.string().max(200).default(''),
  message: z.string().max(40_000).default(''),
  link: z.string().max(300).default(''),
});

const OUT_OF_DATE = 'This card is out of date. Type recognize to write a new recognition.';
const SENT_DIFFERENTLY =
  'This card already posted a different recognition. Type recognize to write a new one.';

/**
 * "Post recognition" on the compose card (and "Try posting again" on the card that replaces it). The
 * card's `draftId` is the idempotency key: pressing twice, or a redelivered invoke, stores and posts once.
 * A problem comes back as the compose card with the error under its field and the inputs kept.
 */
export async function sendRecognition(deps: BotDeps, input: CardActionInput): Promise<CardActionResult> {
  const parsed = SendData.safeParse(input.data);
  if (!parsed.success) return { kind: 'message', text: OUT_OF_DATE };
  const { teamId, draftId, ...draft } = parsed.data;
  const access = await accessFor(deps, input.actor, teamId);
  if (!access) return { kind: 'message', text: NOT_ON_THIS_TEAM };
  const again = async (field: RecognitionComposeField, problem: string): Promise<CardActionResult> => {
    const error = { field, message: sentence(problem) };
    const card = await composeCardFor(deps, access, { draftId, draft, error });
    return card ? { kind: 'card', card } : { kind: 'message', text: NO_TEAMMATES };
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
    return { kind: 'card', card: await sentCard(deps, access, given, { teamId, draftId, ...draft }) };
  } catch (error) {
    if (error instanceof FieldError) return again(composeFieldOf(error.field), error.problem);
    if (error instanceof StateConflictError) return { kind: 'message', text: SENT_DIFFERENTLY };
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
): Promise<AdaptiveCard> {
  const recognition = given.recognition.value;
  const value = recognitionValue(access.team.settings, recognition.valueId);
  const members = await Promise.all(
    recognition.recipientIds.map((userId) => deps.repos.members.get(access.scope, userId)),
  );
  const names = members.map((member) => member?.value.name ?? 'a former member');
  return recognitionSentCard({
    teamName: access.team.name,
    delivery: given.delivery,
    summary: `${value ? valueBadge(value) : recognition.valueId} for ${listed(names)}`,
    historyUrl: deps.links.to(access.team, { kind: 'history', userId: access.userId }),
    retry: { ...retry },
  });
}
