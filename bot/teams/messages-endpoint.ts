import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import type { RequestHandler } from 'express';
import type { BotConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import { CadenceActivityHandler } from './cadence-activity-handler.ts';

export interface MessagesEndpointOptions {
  bot: BotConfig;
  logger: Logger;
  /** Overrides of the Bot Framework auth endpoints, for tests against a local OpenID issuer. */
  authOverrides?: Partial<ConfigurationBotFrameworkAuthenticationOptions>;
}

/**
 * `POST /api/messages`: Bot Framework auth whenever an app id is configured; anonymous only without one,
 * which the config module allows only outside production.
 */
export function messagesEndpoint(options: MessagesEndpointOptions): RequestHandler {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: options.bot.appId ?? '',
    MicrosoftAppPassword: options.bot.appPassword ?? '',
    MicrosoftAppType: options.bot.appType,
    MicrosoftAppTenantId: options.bot.tenantId ?? '',
    ...options.authOverrides,
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (_context, error) => {
    options.logger.error({ err: error }, 'bot turn failed');
  };
  const handler = new CadenceActivityHandler(options.logger);
  return async (req, res) => {
    await adapter.process(req, res, (context) => handler.run(context));
  };
}
