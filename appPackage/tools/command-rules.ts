import { commandTextProblem, MAX_COMMANDS_PER_LIST, type IsCommand } from './command-limits.ts';
import { isRecord, jsonPath, type PathSegment } from './json-path.ts';
import type { Problem } from './problem.ts';

const REQUIRED_COMMAND = 'help';

/**
 * The bots' command lists, beyond the schema: Teams' real limits, every title a command of the bot's
 * registry, no title twice, `help` in every list, and only scopes the bot is installed in.
 */
export function commandProblems(manifest: Record<string, unknown>, isCommand: IsCommand): Problem[] {
  const problems: Problem[] = [];
  const at = (segments: PathSegment[], message: string) =>
    problems.push({ file: 'manifest.json', path: jsonPath(segments), message });
  arrayOf(manifest.bots).forEach((bot, botIndex) => {
    if (!isRecord(bot)) return;
    const botScopes = arrayOf(bot.scopes);
    arrayOf(bot.commandLists).forEach((list, listIndex) => {
      if (!isRecord(list)) return;
      const listPath = ['bots', botIndex, 'commandLists', listIndex];
      for (const scope of arrayOf(list.scopes)) {
        if (!botScopes.includes(scope)) {
          at([...listPath, 'scopes'], `the bot is not installed in scope "${String(scope)}"`);
        }
      }
      const commands = arrayOf(list.commands);
      if (commands.length > MAX_COMMANDS_PER_LIST) {
        at(
          [...listPath, 'commands'],
          `has ${commands.length} commands; Teams shows at most ${MAX_COMMANDS_PER_LIST}`,
        );
      }
      const titles = new Set<string>();
      commands.forEach((command, commandIndex) => {
        if (!isRecord(command)) return;
        const commandPath = [...listPath, 'commands', commandIndex];
        for (const field of ['title', 'description'] as const) {
          const text = command[field];
          if (typeof text !== 'string') continue;
          for (const message of commandTextProblem(field, text, isCommand))
            at([...commandPath, field], message);
        }
        if (typeof command.title !== 'string') return;
        if (titles.has(command.title)) at([...commandPath, 'title'], `"${command.title}" is listed twice`);
        titles.add(command.title);
      });
      if (!titles.has(REQUIRED_COMMAND)) {
        at([...listPath, 'commands'], `has no "${REQUIRED_COMMAND}" command`);
      }
    });
  });
  return problems;
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
