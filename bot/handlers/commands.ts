import { helpCard, type HelpCommand } from '../../shared/cards/help-card.ts';
import type { BotReply } from './bot-reply.ts';

export type CommandName = 'help';

export interface CommandInput {
  /** The text after the command word. */
  args: string;
  tenantId?: string;
  userId?: string;
}

interface CommandDefinition extends HelpCommand {
  run(input: CommandInput): BotReply | Promise<BotReply>;
}

const COMMANDS: Record<CommandName, CommandDefinition> = {
  help: {
    command: 'help',
    description: 'Show what Cadence can do.',
    run: () => helpReply(),
  },
};

export function helpReply(): BotReply {
  return { kind: 'card', card: helpCard(Object.values(COMMANDS)), summary: 'Cadence help' };
}

function isCommandName(word: string): word is CommandName {
  return Object.hasOwn(COMMANDS, word);
}

/** Case-insensitive, no `/` prefix needed; anything unknown gets help rather than silence. */
export async function runCommand(text: string, input: Omit<CommandInput, 'args'>): Promise<BotReply> {
  const [word = '', ...rest] = text.trim().replace(/^\//, '').split(/\s+/);
  const name = word.toLowerCase();
  if (!isCommandName(name)) return helpReply();
  return COMMANDS[name].run({ ...input, args: rest.join(' ') });
}
