import type { BotDeps } from '../bot-deps.ts';
import type { CardActionInput, CardActionResult } from '../card-action.ts';

export function sendRecognition(_deps: BotDeps, _input: CardActionInput): Promise<CardActionResult> {
  return Promise.resolve({ kind: 'message', text: 'Recognition is coming soon.' });
}
