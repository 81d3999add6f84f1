import type { ZodError } from 'zod';
import { repliesWorkText, type RepliesWorkT } from '../../../shared/cards/i18n/replies-work-text.ts';
import { repliesWork as english } from '../../../shared/cards/i18n/en-US/replies-work.ts';
import type { SupportedLocale } from '../../../shared/i18n/locales.ts';

/** A card input as typed: card data is untrusted, so anything but a string reads as empty. */
export function inputText(data: Record<string, unknown>, id: string): string {
  const value = data[id];
  return typeof value === 'string' ? value : '';
}

/** The "Send anyway" button's flag; the Action.Submit fallback may carry it as text. */
export function isConfirmed(data: Record<string, unknown>): boolean {
  return data['confirmed'] === true || data['confirmed'] === 'true';
}

type ProblemKey = Extract<keyof typeof english, `card.repliesWork.problem.${string}`>;

/** The problems schemas and services name, as they word them (English), with their catalog keys. */
const PROBLEMS: ReadonlyArray<{ pattern: RegExp; key: ProblemKey }> = [
  { pattern: /^must not be empty$/, key: 'card.repliesWork.problem.empty' },
  { pattern: /^must be at most (\d+) characters$/, key: 'card.repliesWork.problem.tooLong' },
  { pattern: /^must name at least one person$/, key: 'card.repliesWork.problem.noPerson' },
  { pattern: /^must name at most (\d+) people$/, key: 'card.repliesWork.problem.tooManyPeople' },
  { pattern: /^is not a member of this team$/, key: 'card.repliesWork.problem.notMember' },
  { pattern: /^is not a task of this team$/, key: 'card.repliesWork.problem.notTask' },
  { pattern: /^is not a goal of this team$/, key: 'card.repliesWork.problem.notGoal' },
  { pattern: /^is not a task or goal of this team$/, key: 'card.repliesWork.problem.notWork' },
  { pattern: /^is not one of this team’s values$/, key: 'card.repliesWork.problem.notValue' },
  { pattern: /^includes someone who is not on this team$/, key: 'card.repliesWork.problem.notOnTeam' },
  { pattern: /^must not include you: recognise someone else$/, key: 'card.repliesWork.problem.notYou' },
  {
    pattern: /^must be someone else: feedback goes to a teammate$/,
    key: 'card.repliesWork.problem.feedbackSelf',
  },
  {
    pattern: /^must be someone else: a review comes from a teammate$/,
    key: 'card.repliesWork.problem.reviewSelf',
  },
  {
    pattern: /^must be someone other than the task’s assignee$/,
    key: 'card.repliesWork.problem.reviewAssignee',
  },
];

/**
 * A schema's or service's problem ("must not be empty") in the reader's language: the end of a sentence
 * that starts with the field's label. One this list does not know stays as worded in English, and reads
 * "is not valid" in another language rather than mixing the two.
 */
export function localProblem(locale: SupportedLocale, problem: string): string {
  const text = problem.replace(/\.$/, '');
  const t = repliesWorkText(locale);
  for (const { pattern, key } of PROBLEMS) {
    const match = pattern.exec(text);
    if (match) return t(key, match[1] === undefined ? undefined : { max: match[1] });
  }
  return locale === 'en-US' ? text : t('card.repliesWork.problem.invalid');
}

/** A whole-sentence message a service words in English, in the reader's language when the catalog has it. */
export function localMessage(t: RepliesWorkT, message: string): string {
  const key = (Object.keys(english) as (keyof typeof english)[]).find((entry) => english[entry] === message);
  return key === undefined ? message : t(key);
}

/**
 * A schema failure as one sentence per input, keyed by the input id (the first path segment), to show
 * next to the field it is about: "Situation must not be empty."
 */
export function problemsByInput(
  error: ZodError,
  labels: Record<string, string>,
  locale: SupportedLocale,
): Record<string, string> {
  const problems: Record<string, string> = {};
  const fallback = repliesWorkText(locale)('card.repliesWork.label.field');
  for (const issue of error.issues) {
    const id = String(issue.path[0] ?? '');
    problems[id] ??= describeProblem(labels[id] ?? fallback, localProblem(locale, issue.message));
  }
  return problems;
}

export function describeProblem(label: string, problem: string): string {
  return `${label} ${problem.replace(/\.$/, '')}.`;
}
