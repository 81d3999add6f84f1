/** Teams shows at most 10 commands a list (the schema allows 12) and cuts longer titles and descriptions. */
export const MAX_COMMANDS_PER_LIST = 10;
export const MAX_TITLE_LENGTH = 32;
export const MAX_DESCRIPTION_LENGTH = 128;

export type IsCommand = (title: string) => boolean;

/** What is wrong with one command's title or description text, if anything. */
export function commandTextProblem(
  field: 'title' | 'description',
  text: string,
  isCommand: IsCommand,
): string[] {
  const limit = field === 'title' ? MAX_TITLE_LENGTH : MAX_DESCRIPTION_LENGTH;
  const problems: string[] = [];
  if (text.trim() === '') problems.push(`the ${field} is empty`);
  if (text.length > limit) {
    problems.push(`is ${text.length} characters; a command ${field} may have at most ${limit}`);
  }
  if (field === 'title' && !isCommand(text)) {
    problems.push(
      `"${text}" is not a command of the bot (bot/handlers/commands.ts): the bot would answer with help`,
    );
  }
  return problems;
}
