import type { BotReply } from './bot-reply.ts';
import type { CardActionResult } from './card-action.ts';

/** A command's reply, as the answer to a card action (the card it shows replaces the one acted on). */
export function replyAsCardResult(reply: BotReply): CardActionResult {
  return reply.kind === 'card' ? { kind: 'card', card: reply.card } : { kind: 'message', text: reply.text };
}
