import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface ParseEvent {
  message: string;
}
interface AdaptiveCardsModule {
  Versions: { v1_5: unknown };
  SerializationContext: new (version: unknown) => {
    eventCount: number;
    getEventAt(index: number): ParseEvent;
  };
  AdaptiveCard: new () => {
    parse(json: unknown, context: unknown): void;
    validateProperties(): { validationEvents: ParseEvent[] };
  };
}

// In plain Node ESM the package's entry point fails to load; its UMD bundle works.
const AC = require('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;

/** Teams allows 100 KB per message; Cadence keeps each card well under it. */
export const MAX_CARD_BYTES = 28 * 1024;

export interface CardCheck {
  /** Parse warnings (unknown elements, 1.6-only properties, bad enum values) and validation failures. */
  warnings: string[];
  bytes: number;
  version: unknown;
}

/** Parses a card with the `adaptivecards` renderer targeting schema 1.5. */
export function checkCard(card: unknown): CardCheck {
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  const warnings: string[] = [];
  for (let index = 0; index < context.eventCount; index += 1)
    warnings.push(context.getEventAt(index).message);
  for (const event of parsed.validateProperties().validationEvents) warnings.push(event.message);
  return {
    warnings,
    bytes: Buffer.byteLength(JSON.stringify(card), 'utf8'),
    version: (card as { version?: unknown }).version,
  };
}
