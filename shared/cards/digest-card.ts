import type { DigestFigures } from '../rules/accountability/digest-figures.ts';
import type { Gap } from '../rules/accountability/gaps.ts';
import type { SuggestedRecognition } from '../rules/accountability/suggested-recognitions.ts';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
import { clip, days, listLines } from './summary-card.ts';

function heading(text: string): CardElement {
  return { type: 'TextBlock', text, weight: 'Bolder', spacing: 'Medium', wrap: true };
}

function gapLine(gap: Gap, what: string): string {
  return `${plainText(gap.person.name)} · ${gap.days === undefined ? `no ${what} yet` : `last ${days(gap.days)} ago`}`;
}

/** Most people named in one suggestion. */
const NAMES_PER_SUGGESTION = 4;

function names(people: SuggestedRecognition['people']): string {
  const more = people.length - NAMES_PER_SUGGESTION;
  const shown = people.slice(0, NAMES_PER_SUGGESTION).map((p) => plainText(p.name));
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

function suggestionLine(s: SuggestedRecognition): string {
  return s.kind === 'goal_completed'
    ? `${names(s.people)}: goal completed, “${clip(s.statement, 100)}”`
    : `${names(s.people)}: ${s.count} tasks in a row done on time, the latest “${clip(s.lastTaskTitle, 100)}”`;
}

/** A leader's weekly accountability digest, sent 1:1: who needs attention, feedback or recognition. */
export function digestCard(figures: DigestFigures): AdaptiveCard {
  const p = figures.participation;
  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: `Your weekly digest · ${figures.week}`,
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    { type: 'TextBlock', text: plainText(figures.teamName), isSubtle: true, spacing: 'None', wrap: true },
    heading('Participation'),
    {
      type: 'TextBlock',
      wrap: true,
      text: `${p.answered} of ${p.expected} answered (${Math.round(p.rate * 100)}%)${
        p.missing.length > 0
          ? `. Missing: ${p.missing
              .slice(0, 12)
              .map((m) => plainText(m.name))
              .join(', ')}${p.missing.length > 12 ? ` and ${p.missing.length - 12} more` : ''}`
          : ''
      }`,
    },
    heading(`Overdue (${figures.overdue.length})`),
    ...listLines(
      figures.overdue,
      (t) =>
        `${clip(t.title, 100)}${t.assignee ? ` · ${plainText(t.assignee.name)}` : ''} · ${days(t.days)} late`,
      'Nothing overdue.',
    ),
    heading(`Blocked (${figures.blocked.length})`),
    ...listLines(
      figures.blocked,
      (t) =>
        `${clip(t.title, 100)}${t.assignee ? ` · ${plainText(t.assignee.name)}` : ''} · blocked ${days(t.days)}${t.reason ? `: ${clip(t.reason, 120)}` : ''}`,
      'Nothing blocked.',
    ),
    heading(`Feedback gaps (${figures.feedbackGaps.length})`),
    ...listLines(
      figures.feedbackGaps,
      (g) => gapLine(g, 'feedback'),
      'Everyone had feedback in the last 14 days.',
      12,
    ),
    heading(`Recognition gaps (${figures.recognitionGaps.length})`),
    ...listLines(
      figures.recognitionGaps,
      (g) => gapLine(g, 'recognition'),
      'Everyone was recognised recently.',
      12,
    ),
    heading(`Suggested recognitions (${figures.suggestions.length})`),
    ...listLines(figures.suggestions, suggestionLine, 'No completed goals or on-time streaks this week.'),
  ];
  return adaptiveCard(body);
}

export function digestText(figures: DigestFigures): string {
  return `Your weekly digest for ${figures.teamName}: ${figures.feedbackGaps.length} feedback gaps, ${figures.suggestions.length} suggested recognitions`;
}
