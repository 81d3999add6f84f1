import type { CheckIn } from '../domain/check-in.ts';
import { plainText, type CardElement } from './adaptive-card.ts';
import { localDateTimeText } from './check-in-dates.ts';
import { clip, statusLabel, type CardFit, type CheckInCardInput } from './check-in-card-input.ts';
import { commonText } from './i18n/common-text.ts';
import { checkInText } from './i18n/check-in-text.ts';

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
  const { locale } = input;
  const t = checkInText(locale);
  const helper = input.teammates.find((person) => person.userId === answer.helpFrom);
  const pairs: [string, string][] = [
    [t('card.checkIn.confidence'), t('card.checkIn.confidenceValue', { value: answer.confidence })],
  ];
  if (answer.helpFrom) {
    const name = helper?.name ?? t('card.checkIn.formerTeammate');
    pairs.push([t('card.checkIn.needsHelpFrom'), plainText(clip(name, fit.titleChars))]);
  }
  if (answer.helpNote) {
    pairs.push([t('card.checkIn.whatTheyNeed'), plainText(clip(answer.helpNote, fit.textChars))]);
  }
  pairs.push([
    t('card.checkIn.submitted'),
    localDateTimeText(new Date(answer.submittedAt), timeZone, locale),
  ]);
  if (answer.updatedAt !== answer.submittedAt) {
    pairs.push([
      t('card.checkIn.lastEdited'),
      localDateTimeText(new Date(answer.updatedAt), timeZone, locale),
    ]);
  }
  return facts(pairs);
}

function taskFacts(input: CheckInCardInput, answer: CheckIn, fit: CardFit): CardElement[] {
  if (answer.taskUpdates.length === 0) return [];
  const titles = new Map(input.tasks.map((task) => [task.id, task.title]));
  const shown = answer.taskUpdates.slice(0, fit.tasks);
  const more = answer.taskUpdates.length - shown.length;
  const t = checkInText(input.locale);
  const moreText = commonText(input.locale)('card.common.moreInTab', { count: more });
  return [
    heading(t('card.checkIn.tasks')),
    facts(
      shown.map((update) => [
        plainText(clip(titles.get(update.taskId) ?? t('card.checkIn.taskNoLongerYours'), fit.titleChars)),
        statusLabel(update.status, input.locale),
      ]),
    ),
    ...(more > 0 ? [{ type: 'TextBlock', text: moreText, isSubtle: true, wrap: true }] : []),
  ];
}

function answerFacts(input: CheckInCardInput, answer: CheckIn, fit: CardFit): CardElement[] {
  const byQuestion = new Map(answer.answers.map((a) => [a.questionId, a.answer]));
  const answered = input.questions.filter((question) => byQuestion.get(question.id));
  if (answered.length === 0) return [];
  return [
    heading(checkInText(input.locale)('card.checkIn.questions')),
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
  const t = checkInText(input.locale);
  if (!answer) {
    return [{ type: 'TextBlock', text: t('card.checkIn.noAnswer'), isSubtle: true, wrap: true }];
  }
  return [
    overview(input, answer, fit),
    ...taskFacts(input, answer, fit),
    ...bullets(
      t('card.checkIn.blockers'),
      answer.blockers.map((blocker) => blocker.text),
      fit,
    ),
    ...bullets(t('card.checkIn.wins'), answer.wins, fit),
    ...answerFacts(input, answer, fit),
  ];
}
