import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TurnContext } from 'botbuilder';
import { isCardVerb, type CardVerb } from '../../shared/cards/verbs.ts';
import type { BotDeps } from '../handlers/bot-deps.ts';
import type { CardActionResult } from '../handlers/card-action.ts';
import { runCardAction } from '../handlers/card-actions.ts';
import { actorOf } from './actor-of.ts';
import { toActivity } from './to-activity.ts';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const MESSAGE = 'application/vnd.microsoft.activity.message';
export const NO_IDENTITY = 'Cadence could not tell who you are in this conversation.';

/** An `adaptiveCard/action` invoke: the card verb's answer, as the invoke response Teams expects. */
export async function answerCardInvoke(
  deps: BotDeps,
  context: TurnContext,
  invokeValue: AdaptiveCardInvokeValue,
): Promise<AdaptiveCardInvokeResponse> {
  const activity = context.activity;
  const actor = actorOf(activity);
  const verb = invokeValue.action.verb;
  if (!actor) return invokeResponseOf({ kind: 'message', text: NO_IDENTITY });
  if (!isCardVerb(verb)) {
    deps.logger.warn({ activityId: activity.id, verb }, 'unknown card verb');
    return {
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'BadRequest', message: `Unknown verb ${String(verb)}` },
    };
  }
  const trigger = recordOf(activity.value)['trigger'] === 'automatic' ? 'automatic' : 'manual';
  const result = await runCardAction(deps, { verb, data: recordOf(invokeValue.action.data), actor, trigger });
  deps.logger.debug({ activityId: activity.id, verb, result: result.kind }, 'card action');
  return invokeResponseOf(result);
}

/** `Action.Submit` (the fallback of clients without Universal Actions): the answer updates the card in place. */
export async function answerCardSubmit(
  deps: BotDeps,
  context: TurnContext,
  verb: CardVerb,
  data: Record<string, unknown>,
): Promise<void> {
  const activity = context.activity;
  const actor = actorOf(activity);
  if (!actor) {
    await context.sendActivity(toActivity({ kind: 'text', text: NO_IDENTITY }));
    return;
  }
  const result = await runCardAction(deps, { verb, data, actor, trigger: 'manual' });
  deps.logger.debug({ activityId: activity.id, verb, result: result.kind }, 'card submit');
  if (result.kind === 'card' && activity.replyToId) {
    await context.updateActivity({
      ...toActivity({ kind: 'card', card: result.card, summary: 'Cadence' }),
      id: activity.replyToId,
    });
    return;
  }
  await context.sendActivity(
    toActivity(
      result.kind === 'card'
        ? { kind: 'card', card: result.card, summary: 'Cadence' }
        : { kind: 'text', text: result.text },
    ),
  );
}

export function recordOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function invokeResponseOf(result: CardActionResult): AdaptiveCardInvokeResponse {
  // botbuilder types `value` as an object; Teams takes a card, or a string for a message.
  const value = (result.kind === 'card' ? result.card : result.text) as unknown as Record<string, unknown>;
  return { statusCode: 200, type: result.kind === 'card' ? ADAPTIVE_CARD : MESSAGE, value };
}
