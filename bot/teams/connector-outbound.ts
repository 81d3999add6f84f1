import {
  type Activity,
  type CloudAdapter,
  type ConversationParameters,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';
import type { BotReply } from '../handlers/bot-reply.ts';
import {
  DeliveryError,
  type ConversationAddress,
  type Outbound,
  type PersonAddress,
  type SentMessage,
} from '../handlers/outbound.ts';
import { toActivity } from './to-activity.ts';

/** The part of botframework-connector's ConnectorClient that proactive sends use. */
interface ConnectorClient {
  conversations: {
    sendToConversation(conversationId: string, activity: Partial<Activity>): Promise<{ id?: string }>;
    updateActivity(conversationId: string, activityId: string, activity: Partial<Activity>): Promise<unknown>;
  };
}

/** The Bot Framework audience of the public Bot Connector. */
const BOT_CONNECTOR_AUDIENCE = 'https://api.botframework.com';

export interface ConnectorOutboundOptions {
  /** The bot's Microsoft app id; empty for the anonymous local bot. */
  appId: string;
}

/** Proactive sends through the Bot Connector at the conversation's serviceUrl. */
export function connectorOutbound(adapter: CloudAdapter, options: ConnectorOutboundOptions): Outbound {
  const appId = options.appId;
  const bot = { id: `28:${appId || 'cadence-local-bot'}`, name: 'Cadence' };

  function reference(tenantId: string, serviceUrl: string, conversationId: string): ConversationReference {
    const type = conversationTypeOf(conversationId);
    return {
      channelId: 'msteams',
      serviceUrl,
      bot,
      // Teams' own types: the Agents Playground (like Teams) refuses an empty conversationType.
      conversation: {
        id: conversationId,
        tenantId,
        isGroup: type !== 'personal',
        conversationType: type,
        name: '',
      },
    };
  }

  /**
   * The turn's connector client, called directly: `context.sendActivity` in a continued conversation would
   * post a reply to the continuation event's made-up id, where a proactive message is a new post.
   */
  function connectorOf(context: TurnContext): ConnectorClient {
    return context.turnState.get<ConnectorClient>(adapter.ConnectorClientKey);
  }

  function outgoing(context: TurnContext, reply: BotReply): Partial<Activity> {
    return {
      ...toActivity(reply),
      from: bot,
      conversation: context.activity.conversation,
      channelId: 'msteams',
    };
  }

  async function send(context: TurnContext, reply: BotReply): Promise<string> {
    const conversationId = context.activity.conversation.id;
    const response = await connectorOf(context).conversations.sendToConversation(
      conversationId,
      outgoing(context, reply),
    );
    if (!response.id) throw new DeliveryError(undefined, undefined, 'The connector returned no activity id');
    return response.id;
  }

  return {
    async toConversation(address: ConversationAddress, reply: BotReply): Promise<SentMessage> {
      let activityId = '';
      await delivering(() =>
        adapter.continueConversationAsync(
          appId,
          reference(address.tenantId, address.serviceUrl, address.conversationId),
          async (context) => {
            activityId = await send(context, reply);
          },
        ),
      );
      return { serviceUrl: address.serviceUrl, conversationId: address.conversationId, activityId };
    },

    async toPerson(address: PersonAddress, reply: BotReply): Promise<SentMessage> {
      const parameters = {
        isGroup: false,
        bot,
        members: [{ id: address.teamsUserId, name: '' }],
        tenantId: address.tenantId,
        channelData: { tenant: { id: address.tenantId } },
      } as ConversationParameters;
      let conversationId: string | undefined;
      // Teams answers the same 1:1 chat for the same person every time; the post then goes to it as a new
      // message (sending inside this callback would make it a reply to the conversation-create event).
      await delivering(() =>
        adapter.createConversationAsync(
          appId,
          'msteams',
          address.serviceUrl,
          BOT_CONNECTOR_AUDIENCE,
          parameters,
          (context) => {
            conversationId = context.activity.conversation.id;
            return Promise.resolve();
          },
        ),
      );
      if (!conversationId)
        throw new DeliveryError(undefined, undefined, 'The 1:1 conversation was not created');
      return this.toConversation({ ...address, conversationId }, reply);
    },

    async update(tenantId: string, message: SentMessage, reply: BotReply): Promise<void> {
      await delivering(() =>
        adapter.continueConversationAsync(
          appId,
          reference(tenantId, message.serviceUrl, message.conversationId),
          async (context) => {
            await connectorOf(context).conversations.updateActivity(
              message.conversationId,
              message.activityId,
              {
                ...outgoing(context, reply),
                id: message.activityId,
              },
            );
          },
        ),
      );
    },
  };
}

/** 1:1 chats are `a:…`; group chats `19:…@thread.v2`; channels other `19:…` threads. */
function conversationTypeOf(conversationId: string): 'personal' | 'groupChat' | 'channel' {
  if (conversationId.startsWith('a:')) return 'personal';
  return conversationId.split(';')[0]?.endsWith('@thread.v2') ? 'groupChat' : 'channel';
}

/** Connector failures become DeliveryErrors carrying the status, Teams' error code and Retry-After. */
async function delivering(send: () => Promise<void>): Promise<void> {
  try {
    await send();
  } catch (error) {
    throw deliveryErrorOf(error);
  }
}

function deliveryErrorOf(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const failure = error as {
    statusCode?: unknown;
    code?: unknown;
    message?: unknown;
    response?: {
      headers?: { get?(name: string): string | undefined };
      parsedBody?: unknown;
      bodyAsText?: unknown;
    };
  };
  const status = typeof failure.statusCode === 'number' ? failure.statusCode : undefined;
  const body = failure.response?.parsedBody as { error?: { code?: unknown; message?: unknown } } | undefined;
  const code = typeof body?.error?.code === 'string' ? body.error.code : undefined;
  const retryAfter = Number(failure.response?.headers?.get?.('retry-after'));
  return new DeliveryError(
    status,
    code,
    typeof failure.message === 'string' ? failure.message : 'The connector refused the message',
    Number.isFinite(retryAfter) ? retryAfter : undefined,
    { cause: error },
  );
}
