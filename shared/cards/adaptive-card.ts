/** Cadence targets Adaptive Cards 1.5, the newest version Teams renders everywhere. */
export const CARD_VERSION = '1.5';
export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

export type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: typeof CARD_SCHEMA;
  version: typeof CARD_VERSION;
  body: CardElement[];
  actions?: CardElement[];
  msteams?: Record<string, unknown>;
  refresh?: Record<string, unknown>;
}

export function adaptiveCard(body: CardElement[], extra: Partial<AdaptiveCard> = {}): AdaptiveCard {
  return { type: 'AdaptiveCard', $schema: CARD_SCHEMA, version: CARD_VERSION, body, ...extra };
}

/**
 * TextBlocks render a markdown subset, so user text is escaped: it never becomes a link, emphasis or a
 * list. Backslash-escaping every markdown-significant character is what the renderers honour.
 */
export function plainText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (char) => `\\${char}`);
}
