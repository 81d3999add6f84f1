import {
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import { validateAndFixActivity } from 'botbuilder/lib/activityValidator.js';
import type { RequestHandler } from 'express';
import type { BotConfig } from '../config.ts';
import { HttpError } from '../http/http-error.ts';
import type { Logger } from '../logger.ts';
import type { Repositories } from '../../shared/store/repositories.ts';
import { activityShape } from './activity-shape.ts';
import { CadenceActivityHandler } from './cadence-activity-handler.ts';
import { CadenceCloudAdapter, type AuthenticateRequestResult } from './cadence-cloud-adapter.ts';
import { isTokenRejection } from './token-rejection.ts';

export interface MessagesEndpointOptions {
  bot: BotConfig;
  logger: Logger;
  repos: Repositories;
  now: () => Date;
  /** Overrides of the Bot Framework auth endpoints, for tests against a local OpenID issuer. */
  authOverrides?: Partial<ConfigurationBotFrameworkAuthenticationOptions>;
}

/**
 * `POST /api/messages`: Bot Framework auth whenever an app id is configured; anonymous only without one,
 * which the config module allows only outside production. A malformed activity gets a 400 and a rejected
 * token a 401, both through the service's error handler; nothing reaches the bot or the connector.
 */
export function messagesEndpoint(options: MessagesEndpointOptions): RequestHandler {
  const { logger } = options;
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: options.bot.appId ?? '',
    MicrosoftAppPassword: options.bot.appPassword ?? '',
    MicrosoftAppType: options.bot.appType,
    MicrosoftAppTenantId: options.bot.tenantId ?? '',
    ...options.authOverrides,
  });
  const adapter = new CadenceCloudAdapter(auth);
  adapter.onTurnError = async (_context, error) => {
    logger.error({ err: error }, 'bot turn failed');
  };
  const handler = new CadenceActivityHandler({ logger, repos: options.repos, now: options.now });

  async function authenticate(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await auth.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (!isTokenRejection(error)) throw error;
      logger.warn({ reason: (error as Error).message, activityId: activity.id }, 'bot request rejected');
      throw new HttpError(401, 'unauthorized', 'The Bot Framework token is missing or invalid.');
    }
  }

  return async (req, res) => {
    const shape = activityShape.safeParse(req.body);
    if (!shape.success) throw shape.error;
    const activity = validateAndFixActivity(req.body as Activity);
    const authentication = await authenticate(activity, req.get('authorization') ?? '');
    const invokeResponse = await adapter.runAuthenticated(authentication, activity, (context) =>
      handler.run(context),
    );
    res.status(invokeResponse?.status ?? 200);
    if (invokeResponse?.body === undefined) res.end();
    else res.json(invokeResponse.body);
  };
}
