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

/** Case-insensitive, no `/` prefix needed. */
function parse(text: string): { name: CommandName | undefined; args: string } {
  const [word = '', ...rest] = text.trim().replace(/^\//, '').split(/\s+/);
  const name = word.toLowerCase();
  return { name: isCommandName(name) ? name : undefined, args: rest.join(' ') };
}

/** The command a text invokes, if any: what logs record instead of the user's own words. */
export function commandOf(text: string): CommandName | undefined {
  return parse(text).name;
}

/** Anything unknown gets help rather than silence. */
export async function runCommand(text: string, input: Omit<CommandInput, 'args'>): Promise<BotReply> {
  const { name, args } = parse(text);
  if (!name) return helpReply();
  return COMMANDS[name].run({ ...input, args });
}
