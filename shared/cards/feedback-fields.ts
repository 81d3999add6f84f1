import { LIMITS } from '../domain/limits.ts';
import type { SupportedLocale } from '../i18n/locales.ts';
import type { FeedbackField, FeedbackParts, SpecificityIssue } from '../rules/specificity.ts';
import { plainText, type CardElement } from './adaptive-card.ts';
import { feedbackText, type FeedbackT } from './i18n/feedback-text.ts';

export const FEEDBACK_FIELDS: readonly FeedbackField[] = ['situation', 'behaviour', 'impact'];

export interface FieldCopy {
  label: string;
  placeholder: string;
}

/** What to say next to the inputs of a card re-rendered after a press: problems and nudges, by input id. */
export interface FieldNotes {
  /** Blocking problems ("must not be empty"), by input id, already in the reader's language. */
  errors?: Partial<Record<string, string>>;
  /** The specificity check's advice; never blocking. */
  nudges?: readonly SpecificityIssue[];
}

/** A note under an input: red for a problem, amber for advice. User words inside it are escaped. */
export function fieldNote(text: string, kind: 'error' | 'nudge'): CardElement {
  return {
    type: 'TextBlock',
    text: plainText(text),
    wrap: true,
    size: 'Small',
    spacing: 'Small',
    color: kind === 'error' ? 'Attention' : 'Warning',
  };
}

/** The notes of one input: its error first, then its nudges together in one block. */
export function notesFor(id: string, notes: FieldNotes, locale: SupportedLocale): CardElement[] {
  const error = notes.errors?.[id];
  const t = feedbackText(locale);
  const hints = (notes.nudges ?? [])
    .filter((issue) => issue.field === id)
    .map((issue) => nudgeHint(t, issue));
  return [
    ...(error ? [fieldNote(error, 'error')] : []),
    ...(hints.length > 0 ? [fieldNote(hints.join(' '), 'nudge')] : []),
  ];
}

/**
 * The specificity check's advice in the reader's language, by its code; the flagged phrase and the word
 * count come from the rule's hint. A hint whose shape is not recognised is shown as the rule wrote it.
 */
function nudgeHint(t: FeedbackT, issue: SpecificityIssue): string {
  const phrase = /"([^"]+)"/.exec(issue.hint)?.[1];
  switch (issue.code) {
    case 'too_short': {
      const count = /\d+/.exec(issue.hint)?.[0];
      return count === undefined ? issue.hint : t('card.feedback.nudge.tooShort', { count: Number(count) });
    }
    case 'no_observation':
      return t('card.feedback.nudge.noObservation');
    case 'vague_phrase':
      return phrase === undefined ? issue.hint : t('card.feedback.nudge.vaguePhrase', { phrase });
    case 'absolute_language':
      return phrase === undefined ? issue.hint : t('card.feedback.nudge.absoluteLanguage', { phrase });
    case 'personality_label':
      return phrase === undefined ? issue.hint : t('card.feedback.nudge.personalityLabel', { phrase });
  }
}

/**
 * Situation, behaviour and impact as three required multi-line inputs, each keeping what was typed and
 * followed by its notes. Input values are not markdown, so they are kept verbatim.
 */
export function feedbackFieldInputs(
  copy: Record<FeedbackField, FieldCopy>,
  values: Partial<FeedbackParts>,
  notes: FieldNotes,
  locale: SupportedLocale,
): CardElement[] {
  const t = feedbackText(locale);
  return FEEDBACK_FIELDS.flatMap((field) => [
    {
      type: 'Input.Text',
      id: field,
      label: copy[field].label,
      placeholder: copy[field].placeholder,
      isMultiline: true,
      isRequired: true,
      maxLength: LIMITS.longText,
      errorMessage: t('card.feedback.field.required', { label: copy[field].label }),
      ...(values[field] ? { value: values[field] } : {}),
    },
    ...notesFor(field, notes, locale),
  ]);
}

/** Shown above the buttons of a card whose text the specificity check flagged. */
export function nudgeSummary(count: number, locale: SupportedLocale): CardElement {
  return {
    type: 'TextBlock',
    text: feedbackText(locale)('card.feedback.nudges', { count }),
    wrap: true,
    weight: 'Bolder',
    color: 'Warning',
  };
}
