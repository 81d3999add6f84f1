import type { BotDeps } from '../bot-deps.ts';
import type { CardActionInput, CardActionResult } from '../card-action.ts';

export function submitReview(_deps: BotDeps, _input: CardActionInput): Promise<CardActionResult> {
  return Promise.resolve({ kind: 'message', text: 'Reviews are coming soon.' });
}
