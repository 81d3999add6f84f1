import type { ZodError } from 'zod';

/** A card input as typed: card data is untrusted, so anything but a string reads as empty. */
export function inputText(data: Record<string, unknown>, id: string): string {
  const value = data[id];
  return typeof value === 'string' ? value : '';
}

/** The "Send anyway" button's flag; the Action.Submit fallback may carry it as text. */
export function isConfirmed(data: Record<string, unknown>): boolean {
  return data['confirmed'] === true || data['confirmed'] === 'true';
}

/**
 * A schema failure as one sentence per input, keyed by the input id (the first path segment), to show
 * next to the field it is about: "Situation must not be empty."
 */
export function problemsByInput(error: ZodError, labels: Record<string, string>): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const issue of error.issues) {
    const id = String(issue.path[0] ?? '');
    problems[id] ??= describeProblem(labels[id] ?? 'This field', issue.message);
  }
  return problems;
}

export function describeProblem(label: string, problem: string): string {
  return `${label} ${problem.replace(/\.$/, '')}.`;
}
