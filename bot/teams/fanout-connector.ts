import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { BotConfig } from '../config.ts';
import { NETWORK_CODES, type FanoutSender } from '../cadence/fanout-sender.ts';
import type { BotReply } from '../handlers/bot-reply.ts';
import { DeliveryError, type ConversationAddress, type PersonAddress } from '../handlers/outbound.ts';
import { toActivity } from './to-activity.ts';

/** A bearer token for calls to the Bot Connector at `serviceUrl`; undefined for the anonymous local bot. */
export type ConnectorTokens = (serviceUrl: string) => Promise<string | undefined>;

export interface FanoutConnectorOptions {
  appId: string;
  tokens: ConnectorTokens;
  /** Give up on one call after this long (its outcome is then unknown); default 30 s. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const BOT_CONNECTOR_AUDIENCE = 'https://api.botframework.com';
const LOGIN_ENDPOINT = 'https://login.microsoftonline.com/botframework.com';

/**
 * The fan-out sender over plain fetch in Teams' wire format: exactly one HTTP call per method, no retry
 * policy and no sleeping on Retry-After (see FanoutSender). Tokens come from botbuilder's credentials.
 */
export function fanoutConnector(options: FanoutConnectorOptions): FanoutSender {
  const bot = { id: `28:${options.appId || 'cadence-local-bot'}`, name: 'Cadence' };
  const timeoutMs = options.timeoutMs ?? 30_000;
  const send = options.fetch ?? fetch;

  async function call(serviceUrl: string, path: string, body: unknown): Promise<{ id?: unknown }> {
    const token = await options.tokens(serviceUrl);
    let response: Response;
    try {
      response = await send(new URL(path, serviceUrl.endsWith('/') ? serviceUrl : `${serviceUrl}/`), {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw networkError(error);
    }
    const text = await response.text();
    const parsed = parseJson(text);
    if (response.ok) return isRecord(parsed) ? parsed : {};
    const failure = isRecord(parsed) && isRecord(parsed.error) ? parsed.error : {};
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new DeliveryError(
      response.status,
      typeof failure.code === 'string' ? failure.code : undefined,
      typeof failure.message === 'string' ? failure.message : `The connector answered ${response.status}`,
      Number.isFinite(retryAfter) && response.headers.has('retry-after') ? retryAfter : undefined,
    );
  }

  return {
    async openPersonal(address: PersonAddress): Promise<string> {
      const created = await call(address.serviceUrl, 'v3/conversations', {
        isGroup: false,
        bot,
        members: [{ id: address.teamsUserId, name: '' }],
        tenantId: address.tenantId,
        channelData: { tenant: { id: address.tenantId } },
      });
      if (typeof created.id !== 'string') {
        throw new DeliveryError(undefined, undefined, 'The connector returned no conversation id');
      }
      return created.id;
    },

    async post(address: ConversationAddress, reply: BotReply) {
      const path = `v3/conversations/${encodeURIComponent(address.conversationId)}/activities`;
      const posted = await call(address.serviceUrl, path, activityOf(address, reply, bot));
      if (typeof posted.id !== 'string') {
        throw new DeliveryError(undefined, undefined, 'The connector returned no activity id');
      }
      return {
        serviceUrl: address.serviceUrl,
        conversationId: address.conversationId,
        activityId: posted.id,
      };
    },
  };
}

/** Tokens from botbuilder's credentials for the bot's app registration (cached and refreshed by it). */
export function connectorTokens(config: BotConfig): ConnectorTokens {
  const appId = config.appId ?? '';
  if (!appId) return () => Promise.resolve(undefined);
  const factory = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: appId,
    MicrosoftAppPassword: config.appPassword ?? '',
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.tenantId ?? '',
  });
  const credentials = factory.createCredentials(appId, BOT_CONNECTOR_AUDIENCE, LOGIN_ENDPOINT, true);
  return async () => {
    let authorization: string | undefined;
    const request = {
      headers: {
        set(name: string, value: string) {
          if (name.toLowerCase() === 'authorization') authorization = value;
        },
      },
    };
    // signRequest is the one token entry point shared by every credential kind (password, certificate, MSI).
    await (await credentials).signRequest(request as never);
    return authorization?.replace(/^Bearer\s+/i, '');
  };
}

function activityOf(address: ConversationAddress, reply: BotReply, bot: { id: string; name: string }) {
  return {
    ...toActivity(reply),
    from: bot,
    conversation: { id: address.conversationId, tenantId: address.tenantId },
    channelId: 'msteams',
  };
}

function networkError(error: unknown): DeliveryError {
  const code = causeCode(error);
  const notSent = code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN';
  return new DeliveryError(
    undefined,
    notSent ? NETWORK_CODES.notSent : NETWORK_CODES.unknown,
    `The connector could not be reached (${code ?? 'no answer'})`,
    undefined,
    { cause: error },
  );
}

function causeCode(error: unknown): string | undefined {
  const cause = isRecord(error) ? error.cause : undefined;
  if (isRecord(cause) && typeof cause.code === 'string') return cause.code;
  return isRecord(error) && typeof error.name === 'string' && error.name === 'TimeoutError'
    ? 'timeout'
    : undefined;
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
