import type { AdaptiveCard } from '../../shared/cards/adaptive-card.ts';
import type { CardVerb } from '../../shared/cards/verbs.ts';
import type { Actor } from './actor.ts';
import type { BotDeps } from './bot-deps.ts';

export interface CardActionInput {
  verb: CardVerb;
  /** The action's data merged with the card's input values; untrusted, so every handler parses it. */
  data: Record<string, unknown>;
  actor: Actor;
  /** `automatic` for a card's `refresh`; `manual` for a button press. */
  trigger: 'manual' | 'automatic';
}

/** The card that replaces the one acted on, or a short message (Teams shows it as a toast). */
export type CardActionResult = { kind: 'card'; card: AdaptiveCard } | { kind: 'message'; text: string };

export type CardActionHandler = (deps: BotDeps, input: CardActionInput) => Promise<CardActionResult>;
