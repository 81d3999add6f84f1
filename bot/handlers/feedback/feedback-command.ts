import { feedbackComposeCard } from '../../../shared/cards/feedback-compose-card.ts';
import { feedbackText } from '../../../shared/cards/i18n/feedback-text.ts';
import { repliesWorkText } from '../../../shared/cards/i18n/replies-work-text.ts';
import { newEntityId } from '../../../shared/domain/ids.ts';
import { pickLocale } from '../../../shared/i18n/locales.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { BotReply } from '../bot-reply.ts';
import type { CommandInput } from '../command-input.ts';
import { replyPrivately } from '../reply-privately.ts';
import { resolveTeam } from '../team-choice.ts';
import { composeOptions, teammateNamed } from './compose-options.ts';

/**
 * `feedback [name]`: the compose card. In a channel or group chat the card goes to the giver's 1:1 chat,
 * because whatever a card shows (and every re-render after a press) is seen by everyone in a channel;
 * the thread gets a short note instead.
 */
export async function runFeedbackCommand(deps: BotDeps, input: CommandInput): Promise<BotReply> {
  const { actor, args } = input;
  const resolved = await resolveTeam(deps, actor, `feedback ${args}`.trim(), input.teamId);
  if (resolved.kind === 'reply') return resolved.reply;
  const { access } = resolved;
  const locale = pickLocale(actor.locale);
  const t = repliesWorkText(locale);
  const { teammates, work } = await composeOptions(deps, access);
  const card = feedbackComposeCard({
    teamId: access.scope.teamId,
    teamName: access.team.name,
    draftId: newEntityId(),
    teammates,
    work,
    values: { recipientId: teammateNamed(teammates, args) },
    locale,
  });
  const summary = feedbackText(locale)('card.feedback.compose.title');
  const reply: BotReply = { kind: 'card', card, summary };
  return replyPrivately(deps, actor, reply, {
    sentNote: t('card.repliesWork.feedback.sentPrivately'),
    whenRefused: { kind: 'text', text: t('card.repliesWork.feedback.notSent') },
    what: 'feedback compose card',
    teamId: access.scope.teamId,
  });
}
