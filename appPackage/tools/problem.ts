/**
 * One thing wrong with an app package: the file, where in it (a JSON path such as `$.bots[0].botId`, or
 * `$` for the whole file) and what.
 */
export interface Problem {
  file: string;
  path: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file} ${problem.path}: ${problem.message}`;
}
