import { feedbackComposeCard } from '../../../shared/cards/feedback-compose-card.ts';
import { newEntityId } from '../../../shared/domain/ids.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { BotReply } from '../bot-reply.ts';
import type { CommandInput } from '../command-input.ts';
import { replyPrivately } from '../reply-privately.ts';
import { resolveTeam } from '../team-choice.ts';
import { composeOptions, teammateNamed } from './compose-options.ts';

export const COMPOSE_SENT_PRIVATELY =
  'I sent you the feedback card in our 1:1 chat: feedback is private, so it is written there, not here.';
export const COMPOSE_NOT_SENT =
  'Feedback is private, so I write it with you in a 1:1 chat, but I could not open one. Open a chat with Cadence and type feedback there.';

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
  const { teammates, work } = await composeOptions(deps, access);
  const card = feedbackComposeCard({
    teamId: access.scope.teamId,
    teamName: access.team.name,
    draftId: newEntityId(),
    teammates,
    work,
    values: { recipientId: teammateNamed(teammates, args) },
  });
  const reply: BotReply = { kind: 'card', card, summary: 'Give feedback' };
  return replyPrivately(deps, actor, reply, {
    sentNote: COMPOSE_SENT_PRIVATELY,
    whenRefused: { kind: 'text', text: COMPOSE_NOT_SENT },
    what: 'feedback compose card',
    teamId: access.scope.teamId,
  });
}
