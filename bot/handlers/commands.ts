import { helpCard, type HelpCommand } from '../../shared/cards/help-card.ts';
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

interface CommandDefinition extends HelpCommand {
  run(deps: BotDeps, input: CommandInput): Promise<BotReply>;
}

const COMMANDS: Record<CommandName, CommandDefinition> = {
  help: {
    command: 'help',
    description: 'Show what Cadence can do.',
    run: () => Promise.resolve(helpReply()),
  },
  checkin: {
    command: 'checkin',
    description: 'Answer this week’s check-in now.',
    run: runCheckInCommand,
  },
  tasks: {
    command: 'tasks',
    description: 'List your open tasks.',
    run: runTasksCommand,
  },
  recognize: {
    command: 'recognize',
    description: 'Recognise a teammate in the channel.',
    run: runRecognizeCommand,
  },
  feedback: {
    command: 'feedback',
    description: 'Give a teammate specific, private feedback.',
    run: runFeedbackCommand,
  },
  pause: {
    command: 'pause <until>',
    description: 'Pause your check-ins until a date, e.g. pause 2026-12-31 or pause 2 weeks.',
    run: runPauseCommand,
  },
  resume: {
    command: 'resume',
    description: 'Resume your check-ins.',
    run: runResumeCommand,
  },
};

export function helpReply(): BotReply {
  return { kind: 'card', card: helpCard(Object.values(COMMANDS)), summary: 'Cadence help' };
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
  if (!name) return Promise.resolve(helpReply());
  return COMMANDS[name].run(deps, { ...input, args });
}
