import type { DigestFigures } from '../rules/accountability/digest-figures.ts';
import type { Gap } from '../rules/accountability/gaps.ts';
import type { SuggestedRecognition } from '../rules/accountability/suggested-recognitions.ts';
import type { SupportedLocale } from '../i18n/locales.ts';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
import { weekText } from './check-in-dates.ts';
import { commonText, type CommonT } from './i18n/common-text.ts';
import { digestText as digestTexts, type DigestT } from './i18n/digest-text.ts';
import { clip, listLines } from './summary-card.ts';

function heading(text: string): CardElement {
  return { type: 'TextBlock', text, weight: 'Bolder', spacing: 'Medium', wrap: true };
}

function gapLine(gap: Gap, never: string, t: DigestT): string {
  const last = gap.days === undefined ? never : t('card.digest.lastDaysAgo', { count: gap.days });
  return `${plainText(gap.person.name)} · ${last}`;
}

/** Most people named in one suggestion. */
const NAMES_PER_SUGGESTION = 4;
/** Most people named as missing; the rest are counted. */
const MISSING_NAMES = 12;

function names(people: readonly { name: string }[], limit: number, common: CommonT): string {
  const more = people.length - limit;
  const list = people
    .slice(0, limit)
    .map((p) => plainText(p.name))
    .join(', ');
  return more > 0 ? common('card.common.listAndMore', { list, count: more }) : list;
}

function suggestionLine(s: SuggestedRecognition, t: DigestT, common: CommonT): string {
  const people = names(s.people, NAMES_PER_SUGGESTION, common);
  return s.kind === 'goal_completed'
    ? t('card.digest.goalCompleted', { names: people, goal: clip(s.statement, 100) })
    : t('card.digest.onTimeStreak', { names: people, count: s.count, task: clip(s.lastTaskTitle, 100) });
}

function assigneeSuffix(task: { assignee?: { name: string } | undefined }): string {
  return task.assignee ? ` · ${plainText(task.assignee.name)}` : '';
}

/** A leader's weekly accountability digest, sent 1:1: who needs attention, feedback or recognition. */
export function digestCard(figures: DigestFigures, locale: SupportedLocale): AdaptiveCard {
  const t = digestTexts(locale);
  const common = commonText(locale);
  const p = figures.participation;
  const answered = t('card.digest.answered', {
    answered: p.answered,
    expected: p.expected,
    percent: Math.round(p.rate * 100),
  });
  const missing =
    p.missing.length > 0
      ? `. ${t('card.digest.missing', { names: names(p.missing, MISSING_NAMES, common) })}`
      : '';
  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: t('card.digest.title', { week: weekText(figures.week, locale) }),
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    { type: 'TextBlock', text: plainText(figures.teamName), isSubtle: true, spacing: 'None', wrap: true },
    heading(t('card.digest.participation')),
    { type: 'TextBlock', wrap: true, text: `${answered}${missing}` },
    heading(t('card.digest.overdue', { count: figures.overdue.length })),
    ...listLines(
      figures.overdue,
      (task) =>
        `${clip(task.title, 100)}${assigneeSuffix(task)} · ${t('card.digest.late', { count: task.days })}`,
      t('card.digest.nothingOverdue'),
      locale,
    ),
    heading(t('card.digest.blocked', { count: figures.blocked.length })),
    ...listLines(
      figures.blocked,
      (task) =>
        `${clip(task.title, 100)}${assigneeSuffix(task)} · ${t('card.digest.blockedFor', { count: task.days })}${task.reason ? `: ${clip(task.reason, 120)}` : ''}`,
      t('card.digest.nothingBlocked'),
      locale,
    ),
    heading(t('card.digest.feedbackGaps', { count: figures.feedbackGaps.length })),
    ...listLines(
      figures.feedbackGaps,
      (g) => gapLine(g, t('card.digest.noFeedbackYet'), t),
      t('card.digest.everyoneHadFeedback'),
      locale,
      12,
    ),
    heading(t('card.digest.recognitionGaps', { count: figures.recognitionGaps.length })),
    ...listLines(
      figures.recognitionGaps,
      (g) => gapLine(g, t('card.digest.noRecognitionYet'), t),
      t('card.digest.everyoneRecognised'),
      locale,
      12,
    ),
    heading(t('card.digest.suggestions', { count: figures.suggestions.length })),
    ...listLines(
      figures.suggestions,
      (s) => suggestionLine(s, t, common),
      t('card.digest.noSuggestions'),
      locale,
    ),
  ];
  return adaptiveCard(body);
}

export function digestText(figures: DigestFigures, locale: SupportedLocale): string {
  return digestTexts(locale)('card.digest.notification', {
    team: figures.teamName,
    feedbackGaps: figures.feedbackGaps.length,
    suggestions: figures.suggestions.length,
  });
}
