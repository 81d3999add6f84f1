import {
  CloudAdapter,
  type Activity,
  type ConfigurationBotFrameworkAuthentication,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';

export type AuthenticateRequestResult = Awaited<
  ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
>;

/**
 * CloudAdapter, run on a request its caller has authenticated already: `process()` authenticates inside
 * and answers every non-AuthenticationError (a forged signature among them) with a 500 and the error
 * message, so the endpoint authenticates first and keeps the HTTP answer its own.
 */
export class CadenceCloudAdapter extends CloudAdapter {
  runAuthenticated(
    authentication: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authentication, activity, logic);
  }
}
