import type { CardElement } from './adaptive-card.ts';
import type { CardVerb } from './verbs.ts';

/** Plain JSON a card action carries back to the bot. */
export type ActionData = Record<string, string | number | boolean | undefined>;

export interface ExecuteActionOptions {
  title: string;
  verb: CardVerb;
  data?: ActionData;
  style?: 'default' | 'positive' | 'destructive';
}

/**
 * `Action.Execute` (Universal Actions: an `adaptiveCard/action` invoke) with an `Action.Submit` fallback for
 * clients without it, whose message `value` carries the same data plus `verb`.
 */
export function executeAction(options: ExecuteActionOptions): CardElement {
  const data = options.data ?? {};
  return {
    type: 'Action.Execute',
    title: options.title,
    verb: options.verb,
    data,
    ...(options.style ? { style: options.style } : {}),
    fallback: {
      type: 'Action.Submit',
      title: options.title,
      data: { ...data, verb: options.verb },
      ...(options.style ? { style: options.style } : {}),
    },
  };
}

/** `refresh` for a per-user view: Teams asks for it automatically for these users (at most 60). */
export function refreshFor(teamsUserIds: readonly string[], verb: CardVerb, data: ActionData = {}) {
  return {
    action: { type: 'Action.Execute', title: 'Refresh', verb, data },
    userIds: teamsUserIds.slice(0, 60),
  };
}

export function openUrlAction(title: string, url: string): CardElement {
  return { type: 'Action.OpenUrl', title, url };
}
