import { LIMITS } from '../domain/limits.ts';
import type { SupportedLocale } from '../i18n/locales.ts';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
import { executeAction } from './card-actions.ts';
import type { ComposeTeammate } from './feedback-compose-card.ts';
import { notesFor } from './feedback-fields.ts';
import { reviewText } from './i18n/review-text.ts';
import { pickChoices } from './pick-choices.ts';

export interface ReviewPickerInput {
  teamId: string;
  taskId: string;
  /** Keys the request: pressing twice asks once. */
  draftId: string;
  taskTitle: string;
  /** Who may review: active teammates other than the requester and the task's assignee. */
  teammates: readonly ComposeTeammate[];
  values?: { reviewerId?: string; note?: string };
  /** Problems by input id (`reviewerId`, `note`). */
  errors?: Partial<Record<string, string>>;
  /** The reader's language. */
  locale: SupportedLocale;
}

export const REVIEW_PICKER_LIMITS = { teammates: 40, choiceTitle: 60 } as const;

/** "Request a review" from a card: who should review the finished task, and an optional note. */
export function reviewPickerCard(input: ReviewPickerInput): AdaptiveCard {
  const { locale } = input;
  const t = reviewText(locale);
  const values = input.values ?? {};
  const notes = { errors: input.errors };
  const people = pickChoices(
    input.teammates.map((person) => ({ value: person.userId, title: person.name })),
    REVIEW_PICKER_LIMITS.teammates,
    values.reviewerId,
    REVIEW_PICKER_LIMITS.choiceTitle,
  );
  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: t('card.review.picker.title'),
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    {
      type: 'TextBlock',
      text: t('card.review.picker.intro', { task: plainText(input.taskTitle) }),
      wrap: true,
    },
  ];
  if (people.shown.length === 0) {
    body.push({ type: 'TextBlock', text: t('card.review.picker.noTeammates'), wrap: true });
    return adaptiveCard(body);
  }
  body.push(
    {
      type: 'Input.ChoiceSet',
      id: 'reviewerId',
      label: t('card.review.picker.reviewer'),
      style: 'compact',
      isRequired: true,
      placeholder: t('card.review.picker.reviewerPlaceholder'),
      errorMessage: t('card.review.picker.reviewerRequired'),
      choices: people.shown,
      ...(people.selected ? { value: people.selected } : {}),
    },
    ...notesFor('reviewerId', notes, locale),
    {
      type: 'Input.Text',
      id: 'note',
      label: t('card.review.picker.note'),
      placeholder: t('card.review.picker.notePlaceholder'),
      isMultiline: true,
      maxLength: LIMITS.shortText,
      ...(values.note ? { value: values.note } : {}),
    },
    ...notesFor('note', notes, locale),
  );
  const data = { teamId: input.teamId, taskId: input.taskId, draftId: input.draftId };
  return adaptiveCard(body, {
    actions: [
      executeAction({ title: t('card.review.picker.ask'), verb: 'reviewRequest', data, style: 'positive' }),
    ],
  });
}
