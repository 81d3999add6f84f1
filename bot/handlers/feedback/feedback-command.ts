import type { BotDeps } from '../bot-deps.ts';
import type { BotReply } from '../bot-reply.ts';
import type { CommandInput } from '../command-input.ts';

export function runFeedbackCommand(_deps: BotDeps, _input: CommandInput): Promise<BotReply> {
  return Promise.resolve({ kind: 'text', text: 'Feedback by card is coming soon.' });
}
