import { helpCard, type HelpCommand } from '../../shared/cards/help-card.ts';
import { helpText } from '../../shared/cards/i18n/help-text.ts';
import { pickLocale, type SupportedLocale } from '../../shared/i18n/locales.ts';
import type { BotDeps } from './bot-deps.ts';
import type { BotReply } from './bot-reply.ts';
import { runCheckInCommand } from './check-in/check-in-command.ts';
import type { CommandInput } from './command-input.ts';
import { runFeedbackCommand } from './feedback/feedback-command.ts';
import { runPauseCommand } from './pause/pause-command.ts';
import { runResumeCommand } from './pause/resume-command.ts';
import { runRecognizeCommand } from './recognition/recognize-command.ts';
import { runTasksCommand } from './tasks/tasks-command.ts';

export type CommandName = 'help' | 'checkin' | 'tasks' | 'recognize' | 'feedback' | 'pause' | 'resume';

interface CommandDefinition {
  /** What a person types, as the help card and the app manifest show it (never translated). */
  command: string;
  run(deps: BotDeps, input: CommandInput): Promise<BotReply>;
}

const COMMANDS: Record<CommandName, CommandDefinition> = {
  help: {
    command: 'help',
    run: (_deps, input) => Promise.resolve(helpReply(pickLocale(input.actor.locale))),
  },
  checkin: {
    command: 'checkin',
    run: runCheckInCommand,
  },
  tasks: {
    command: 'tasks',
    run: runTasksCommand,
  },
  recognize: {
    command: 'recognize',
    run: runRecognizeCommand,
  },
  feedback: {
    command: 'feedback',
    run: runFeedbackCommand,
  },
  pause: {
    command: 'pause <until>',
    run: runPauseCommand,
  },
  resume: {
    command: 'resume',
    run: runResumeCommand,
  },
};

/** Every command with its description in `locale`, in the registry's order: the help card's list. */
export function helpCommands(locale: SupportedLocale): HelpCommand[] {
  const t = helpText(locale);
  return (Object.keys(COMMANDS) as CommandName[]).map((name) => ({
    command: COMMANDS[name].command,
    description: t(`card.help.command.${name}`),
  }));
}

export function helpReply(locale: SupportedLocale): BotReply {
  return {
    kind: 'card',
    card: helpCard(helpCommands(locale), locale),
    summary: helpText(locale)('card.help.summary'),
  };
}

export function isCommandName(word: string): word is CommandName {
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
export function runCommand(
  deps: BotDeps,
  text: string,
  input: Omit<CommandInput, 'args'>,
): Promise<BotReply> {
  const { name, args } = parse(text);
  if (!name) return Promise.resolve(helpReply(pickLocale(input.actor.locale)));
  return COMMANDS[name].run(deps, { ...input, args });
}
