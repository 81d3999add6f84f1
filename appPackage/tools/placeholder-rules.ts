import { jsonPath, walkStrings } from './json-path.ts';
import type { Problem } from './problem.ts';

/** No `${{…}}` may reach Teams: it would show the placeholder itself, or reject the GUID. */
export function placeholderProblems(file: string, json: unknown): Problem[] {
  const problems: Problem[] = [];
  walkStrings(json, (text, path) => {
    const start = text.indexOf('${{');
    if (start < 0) return;
    const end = text.indexOf('}}', start);
    const left = end < 0 ? text.slice(start) : text.slice(start, end + 2);
    problems.push({ file, path: jsonPath(path), message: `still has the placeholder ${left}` });
  });
  return problems;
}
