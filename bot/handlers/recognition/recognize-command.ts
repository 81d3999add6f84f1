import { newEntityId } from '../../../shared/domain/ids.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { BotReply } from '../bot-reply.ts';
import type { CommandInput } from '../command-input.ts';
import { replyPrivately } from '../reply-privately.ts';
import { resolveTeam } from '../team-choice.ts';
import { composeCardFor, NO_TEAMMATES } from './recognition-compose.ts';

export const SENT_PRIVATELY =
  'I sent you a card in our 1:1 chat. Pick who to recognise there, and I will post it in the team’s channel.';

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
  const card = await composeCardFor(deps, resolution.access, { draftId: newEntityId() });
  if (!card) return { kind: 'text', text: NO_TEAMMATES };
  const reply: BotReply = { kind: 'card', card, summary: 'Recognise a teammate' };
  return replyPrivately(deps, actor, reply, {
    sentNote: SENT_PRIVATELY,
    whenRefused: reply,
    what: 'recognition compose card',
    teamId: resolution.access.scope.teamId,
  });
}
