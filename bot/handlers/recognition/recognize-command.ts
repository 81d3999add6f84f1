import { recognitionText } from '../../../shared/cards/i18n/recognition-text.ts';
import { repliesWorkText } from '../../../shared/cards/i18n/replies-work-text.ts';
import { newEntityId } from '../../../shared/domain/ids.ts';
import { pickLocale } from '../../../shared/i18n/locales.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { BotReply } from '../bot-reply.ts';
import type { CommandInput } from '../command-input.ts';
import { replyPrivately } from '../reply-privately.ts';
import { resolveTeam } from '../team-choice.ts';
import { composeCardFor } from './recognition-compose.ts';

/**
 * `recognize`: the compose card. From a channel or group chat it goes to the person's 1:1 chat: a draft
 * in a thread is on everyone's screen, anyone could press its button (replacing it for all), and the
 * recognition is meant to land as a whole, not be watched being written. If the 1:1 send fails, the card
 * goes in the thread after all.
 */
export async function runRecognizeCommand(deps: BotDeps, input: CommandInput): Promise<BotReply> {
  const { actor } = input;
  const resolution = await resolveTeam(deps, actor, 'recognize', input.teamId);
  if (resolution.kind === 'reply') return resolution.reply;
  const locale = pickLocale(actor.locale);
  const t = repliesWorkText(locale);
  const card = await composeCardFor(deps, resolution.access, { draftId: newEntityId(), locale });
  if (!card) return { kind: 'text', text: t('card.repliesWork.recognition.noTeammates') };
  const summary = recognitionText(locale)('card.recognition.compose.title');
  const reply: BotReply = { kind: 'card', card, summary };
  return replyPrivately(deps, actor, reply, {
    sentNote: t('card.repliesWork.recognition.sentPrivately'),
    whenRefused: reply,
    what: 'recognition compose card',
    teamId: resolution.access.scope.teamId,
  });
}
