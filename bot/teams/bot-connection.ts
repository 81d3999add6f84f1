import {
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import type { BotConfig } from '../config.ts';
import type { Outbound } from '../handlers/outbound.ts';
import { CadenceCloudAdapter } from './cadence-cloud-adapter.ts';
import { connectorOutbound } from './connector-outbound.ts';

/** The bot's link to the Bot Framework: inbound authentication, the adapter, and proactive sends. */
export interface BotConnection {
  auth: ConfigurationBotFrameworkAuthentication;
  adapter: CadenceCloudAdapter;
  outbound: Outbound;
}

/** Overrides of the Bot Framework auth endpoints, for tests against a local OpenID issuer. */
export type BotAuthOverrides = Partial<ConfigurationBotFrameworkAuthenticationOptions>;

export function createBotConnection(bot: BotConfig, authOverrides?: BotAuthOverrides): BotConnection {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: bot.appId ?? '',
    MicrosoftAppPassword: bot.appPassword ?? '',
    MicrosoftAppType: bot.appType,
    MicrosoftAppTenantId: bot.tenantId ?? '',
    ...authOverrides,
  });
  const adapter = new CadenceCloudAdapter(auth);
  return { auth, adapter, outbound: connectorOutbound(adapter, { appId: bot.appId ?? '' }) };
}
