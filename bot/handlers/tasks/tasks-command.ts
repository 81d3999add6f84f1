import type { BotDeps } from '../bot-deps.ts';
import type { BotReply } from '../bot-reply.ts';
import type { CommandInput } from '../command-input.ts';

export function runTasksCommand(_deps: BotDeps, _input: CommandInput): Promise<BotReply> {
  return Promise.resolve({ kind: 'text', text: 'Task lists are coming soon.' });
}
