import type { CheckIn } from '../domain/check-in.ts';
import { plainText, type CardElement } from './adaptive-card.ts';
import { localDateTimeText } from './check-in-dates.ts';
import { clip, STATUS_LABELS, type CardFit, type CheckInCardInput } from './check-in-card-input.ts';

function heading(text: string): CardElement {
  return { type: 'TextBlock', text, weight: 'Bolder', wrap: true, spacing: 'Medium' };
}

function facts(pairs: readonly [string, string][]): CardElement {
  return { type: 'FactSet', facts: pairs.map(([title, value]) => ({ title, value })) };
}

function bullets(title: string, items: readonly string[], fit: CardFit): CardElement[] {
  if (items.length === 0) return [];
  return [
    heading(title),
    ...items.map((item) => ({
      type: 'TextBlock',
      text: `• ${plainText(clip(item, fit.textChars))}`,
      wrap: true,
      spacing: 'None',
    })),
  ];
}

function overview(input: CheckInCardInput, answer: CheckIn, fit: CardFit): CardElement {
  const { timeZone } = input.window;
  const helper = input.teammates.find((person) => person.userId === answer.helpFrom);
  const pairs: [string, string][] = [['Confidence', `${answer.confidence} of 5`]];
  if (answer.helpFrom) {
    pairs.push(['Needs help from', plainText(clip(helper?.name ?? 'A former teammate', fit.titleChars))]);
  }
  if (answer.helpNote) pairs.push(['What they need', plainText(clip(answer.helpNote, fit.textChars))]);
  pairs.push(['Submitted', localDateTimeText(new Date(answer.submittedAt), timeZone)]);
  if (answer.updatedAt !== answer.submittedAt) {
    pairs.push(['Last edited', localDateTimeText(new Date(answer.updatedAt), timeZone)]);
  }
  return facts(pairs);
}

function taskFacts(input: CheckInCardInput, answer: CheckIn, fit: CardFit): CardElement[] {
  if (answer.taskUpdates.length === 0) return [];
  const titles = new Map(input.tasks.map((task) => [task.id, task.title]));
  const shown = answer.taskUpdates.slice(0, fit.tasks);
  const more = answer.taskUpdates.length - shown.length;
  return [
    heading('Tasks'),
    facts(
      shown.map((update) => [
        plainText(clip(titles.get(update.taskId) ?? 'A task no longer yours', fit.titleChars)),
        STATUS_LABELS[update.status],
      ]),
    ),
    ...(more > 0
      ? [{ type: 'TextBlock', text: `and ${more} more in the tab`, isSubtle: true, wrap: true }]
      : []),
  ];
}

function answerFacts(input: CheckInCardInput, answer: CheckIn, fit: CardFit): CardElement[] {
  const byQuestion = new Map(answer.answers.map((a) => [a.questionId, a.answer]));
  const answered = input.questions.filter((question) => byQuestion.get(question.id));
  if (answered.length === 0) return [];
  return [
    heading('Questions'),
    facts(
      answered.map((question) => [
        plainText(clip(question.text, fit.titleChars)),
        plainText(clip(byQuestion.get(question.id) ?? '', fit.textChars)),
      ]),
    ),
  ];
}

/** A read-only summary of the week's answer: no inputs and no actions. */
export function checkInSummary(input: CheckInCardInput, fit: CardFit): CardElement[] {
  const { answer } = input;
  if (!answer) {
    return [{ type: 'TextBlock', text: 'No check-in was given for this week.', isSubtle: true, wrap: true }];
  }
  return [
    overview(input, answer, fit),
    ...taskFacts(input, answer, fit),
    ...bullets(
      'Blockers',
      answer.blockers.map((blocker) => blocker.text),
      fit,
    ),
    ...bullets('Wins', answer.wins, fit),
    ...answerFacts(input, answer, fit),
  ];
}
