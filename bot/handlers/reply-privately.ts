import type { Actor } from './actor.ts';
import type { BotDeps } from './bot-deps.ts';
import type { BotReply } from './bot-reply.ts';
import { DeliveryError } from './outbound.ts';

export interface PrivateReplyOptions {
  /** The thread's answer once the card is in the 1:1 chat. */
  sentNote: string;
  /** The thread's answer when the 1:1 chat could not be opened. */
  whenRefused: BotReply;
  /** For the log line: what was sent. */
  what: string;
  teamId: string;
}

/**
 * Answers with `reply` in a 1:1 chat; asked in a channel or group chat, sends it to the person's 1:1 chat
 * and answers the thread with a short note, since a card (and each re-render after a press) is seen by
 * everyone in a thread.
 */
export async function replyPrivately(
  deps: BotDeps,
  actor: Actor,
  reply: BotReply,
  options: PrivateReplyOptions,
): Promise<BotReply> {
  if (actor.conversation.kind === 'personal') return reply;
  try {
    await deps.outbound.toPerson(
      { tenantId: actor.tenantId, serviceUrl: actor.serviceUrl, teamsUserId: actor.teamsUserId },
      reply,
    );
    return { kind: 'text', text: options.sentNote };
  } catch (error) {
    if (!(error instanceof DeliveryError)) throw error;
    deps.logger.warn({ err: error, teamId: options.teamId, what: options.what }, 'card not sent 1:1');
    return options.whenRefused;
  }
}
