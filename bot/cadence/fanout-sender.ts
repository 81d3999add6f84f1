import type { BotReply } from '../handlers/bot-reply.ts';
import type { ConversationAddress, PersonAddress, SentMessage } from '../handlers/outbound.ts';

/**
 * The fan-out's line to the Bot Connector: one HTTP call per method, **no retries and no sleeping** — the
 * dispatcher owns pacing and retries, so a 429 on one conversation never freezes a worker (botbuilder's
 * ConnectorClient sleeps on Retry-After itself). Failures throw `DeliveryError` with the status, Teams'
 * error code and Retry-After; a failure with no HTTP answer carries one of `NETWORK_CODES`.
 */
export interface FanoutSender {
  /** `POST {serviceUrl}/v3/conversations`: the bot's 1:1 chat with the person (the same id every time). */
  openPersonal(address: PersonAddress): Promise<string>;
  /** `POST {serviceUrl}/v3/conversations/{id}/activities`: a new message in the conversation. */
  post(address: ConversationAddress, reply: BotReply): Promise<SentMessage>;
}

export const NETWORK_CODES = {
  /** Nothing reached the connector (connection refused, DNS): safe to send again. */
  notSent: 'ConnectionRefused',
  /** The request may have reached the connector (reset, timeout): the outcome is unknown. */
  unknown: 'OutcomeUnknown',
} as const;
