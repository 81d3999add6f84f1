import type { Activity } from 'botbuilder';
import { validateAndFixActivity } from 'botbuilder/lib/activityValidator.js';
import type { RequestHandler } from 'express';
import type { ActivityKey, LedgerResponse } from '../../shared/store/activity-ledger.ts';
import type { BotDeps } from '../handlers/bot-deps.ts';
import { HttpError } from '../http/http-error.ts';
import { activityShape } from './activity-shape.ts';
import type { BotConnection } from './bot-connection.ts';
import { CadenceActivityHandler } from './cadence-activity-handler.ts';
import type { AuthenticateRequestResult } from './cadence-cloud-adapter.ts';
import { isTokenRejection } from './token-rejection.ts';

export interface MessagesEndpointOptions {
  connection: BotConnection;
  deps: BotDeps;
}

/** What a redelivered invoke gets while the first delivery is still being handled. */
const STILL_WORKING: LedgerResponse = {
  status: 200,
  body: {
    statusCode: 200,
    type: 'application/vnd.microsoft.activity.message',
    value: 'Still working on your earlier answer.',
  },
};

/**
 * `POST /api/messages`: Bot Framework auth whenever an app id is configured; anonymous only without one,
 * which the config module allows only outside production. A malformed activity gets a 400 and a rejected
 * token a 401, both through the service's error handler; nothing reaches the bot or the connector.
 * Messages and invokes are handled once per activity id: a redelivery replays the first answer.
 */
export function messagesEndpoint(options: MessagesEndpointOptions): RequestHandler {
  const { connection, deps } = options;
  const { logger, repos } = deps;
  const { auth, adapter } = connection;
  adapter.onTurnError = async (_context, error) => {
    logger.error({ err: error }, 'bot turn failed');
    // Rethrown so the request fails (Teams retries) and the ledger releases the activity for that retry.
    throw error;
  };
  const handler = new CadenceActivityHandler(deps);

  async function authenticate(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await auth.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (!isTokenRejection(error)) throw error;
      logger.warn({ reason: (error as Error).message, activityId: activity.id }, 'bot request rejected');
      throw new HttpError(401, 'unauthorized', 'The Bot Framework token is missing or invalid.');
    }
  }

  async function handle(
    activity: Activity,
    authentication: AuthenticateRequestResult,
  ): Promise<LedgerResponse> {
    const invokeResponse = await adapter.runAuthenticated(authentication, activity, (context) =>
      handler.run(context),
    );
    return { status: invokeResponse?.status ?? 200, body: invokeResponse?.body };
  }

  async function handleOnce(
    key: ActivityKey,
    activity: Activity,
    authentication: AuthenticateRequestResult,
  ): Promise<LedgerResponse> {
    const startedAt = deps.now();
    const claim = await repos.activities.claim(key, startedAt);
    if (claim.kind !== 'claimed') {
      logger.info(
        { activityId: key.activityId, state: claim.kind },
        'redelivered activity not handled again',
      );
      if (claim.kind === 'done') return claim.response ?? { status: 200 };
      return activity.type === 'invoke' ? STILL_WORKING : { status: 200 };
    }
    try {
      const response = await handle(activity, authentication);
      await repos.activities.complete(key, startedAt, activity.type === 'invoke' ? response : undefined);
      return response;
    } catch (error) {
      await repos.activities.release(key);
      throw error;
    }
  }

  return async (req, res) => {
    const shape = activityShape.safeParse(req.body);
    if (!shape.success) throw shape.error;
    const activity = validateAndFixActivity(req.body as Activity);
    const authentication = await authenticate(activity, req.get('authorization') ?? '');
    const key = ledgerKeyOf(activity);
    const response = key
      ? await handleOnce(key, activity, authentication)
      : await handle(activity, authentication);
    res.status(response.status);
    if (response.body === undefined) res.end();
    else res.json(response.body);
  };
}

/** Messages and invokes are what people send; membership events are idempotent by design. */
function ledgerKeyOf(activity: Activity): ActivityKey | undefined {
  if (activity.type !== 'message' && activity.type !== 'invoke') return undefined;
  if (!activity.id) return undefined;
  return { conversationId: activity.conversation.id, activityId: activity.id };
}
