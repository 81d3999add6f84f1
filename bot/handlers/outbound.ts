import type { BotReply } from './bot-reply.ts';

/** A message Cadence posted, enough to update it later. */
export interface SentMessage {
  serviceUrl: string;
  conversationId: string;
  activityId: string;
}

export interface ConversationAddress {
  tenantId: string;
  serviceUrl: string;
  conversationId: string;
}

export interface PersonAddress {
  tenantId: string;
  serviceUrl: string;
  /** The Teams user id (`29:…`). */
  teamsUserId: string;
}

/** The connector refused a send: its HTTP status, Bot Framework error code and any `Retry-After`. */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
  constructor(
    readonly status: number | undefined,
    readonly code: string | undefined,
    message: string,
    readonly retryAfterSeconds?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * Proactive messages (not replies to the current activity): posts in a channel, 1:1 chats, and updates of
 * a posted card. Implemented over the Bot Connector in bot/teams; handlers see only this port.
 */
export interface Outbound {
  toConversation(address: ConversationAddress, reply: BotReply): Promise<SentMessage>;
  /** Opens (or reuses) the 1:1 chat with a person and posts there. */
  toPerson(address: PersonAddress, reply: BotReply): Promise<SentMessage>;
  update(tenantId: string, message: SentMessage, reply: BotReply): Promise<void>;
}
