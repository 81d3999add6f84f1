import type { AdaptiveCard } from '../../shared/cards/adaptive-card.ts';

/** What a handler wants said back, free of any SDK type: the teams/ adapter turns it into an activity. */
export type BotReply = { kind: 'text'; text: string } | { kind: 'card'; card: AdaptiveCard; summary: string };
