import { LIMITS } from '../domain/limits.ts';
import type { FeedbackField, FeedbackParts, SpecificityIssue } from '../rules/specificity.ts';
import { plainText, type CardElement } from './adaptive-card.ts';

export const FEEDBACK_FIELDS: readonly FeedbackField[] = ['situation', 'behaviour', 'impact'];

export interface FieldCopy {
  label: string;
  placeholder: string;
}

/** What to say next to the inputs of a card re-rendered after a press: problems and nudges, by input id. */
export interface FieldNotes {
  /** Blocking problems ("must not be empty"), by input id. */
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
export function notesFor(id: string, notes: FieldNotes): CardElement[] {
  const error = notes.errors?.[id];
  const hints = (notes.nudges ?? []).filter((issue) => issue.field === id).map((issue) => issue.hint);
  return [
    ...(error ? [fieldNote(error, 'error')] : []),
    ...(hints.length > 0 ? [fieldNote(hints.join(' '), 'nudge')] : []),
  ];
}

/**
 * Situation, behaviour and impact as three required multi-line inputs, each keeping what was typed and
 * followed by its notes. Input values are not markdown, so they are kept verbatim.
 */
export function feedbackFieldInputs(
  copy: Record<FeedbackField, FieldCopy>,
  values: Partial<FeedbackParts>,
  notes: FieldNotes,
): CardElement[] {
  return FEEDBACK_FIELDS.flatMap((field) => [
    {
      type: 'Input.Text',
      id: field,
      label: copy[field].label,
      placeholder: copy[field].placeholder,
      isMultiline: true,
      isRequired: true,
      maxLength: LIMITS.longText,
      errorMessage: `${copy[field].label} is required.`,
      ...(values[field] ? { value: values[field] } : {}),
    },
    ...notesFor(field, notes),
  ]);
}

/** Shown above the buttons of a card whose text the specificity check flagged. */
export function nudgeSummary(count: number): CardElement {
  return {
    type: 'TextBlock',
    text: `${count === 1 ? 'One suggestion' : `${count} suggestions`} to make it more specific ${
      count === 1 ? 'is' : 'are'
    } shown next to the fields. Edit and press Send, or Send anyway.`,
    wrap: true,
    weight: 'Bolder',
    color: 'Warning',
  };
}
