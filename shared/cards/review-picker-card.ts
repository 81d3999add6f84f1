import { LIMITS } from '../domain/limits.ts';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
import { executeAction } from './card-actions.ts';
import type { ComposeTeammate } from './feedback-compose-card.ts';
import { notesFor } from './feedback-fields.ts';
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
}

export const REVIEW_PICKER_LIMITS = { teammates: 40, choiceTitle: 60 } as const;

/** "Request a review" from a card: who should review the finished task, and an optional note. */
export function reviewPickerCard(input: ReviewPickerInput): AdaptiveCard {
  const values = input.values ?? {};
  const notes = { errors: input.errors };
  const people = pickChoices(
    input.teammates.map((person) => ({ value: person.userId, title: person.name })),
    REVIEW_PICKER_LIMITS.teammates,
    values.reviewerId,
    REVIEW_PICKER_LIMITS.choiceTitle,
  );
  const body: CardElement[] = [
    { type: 'TextBlock', text: 'Request a review', weight: 'Bolder', size: 'Medium', wrap: true },
    {
      type: 'TextBlock',
      text: `Ask a teammate to look at “${plainText(input.taskTitle)}”. Their answer comes back to you as feedback on the task.`,
      wrap: true,
    },
  ];
  if (people.shown.length === 0) {
    body.push({ type: 'TextBlock', text: 'There is no teammate to ask yet.', wrap: true });
    return adaptiveCard(body);
  }
  body.push(
    {
      type: 'Input.ChoiceSet',
      id: 'reviewerId',
      label: 'Reviewer',
      style: 'compact',
      isRequired: true,
      placeholder: 'Choose a teammate',
      errorMessage: 'Choose who should review it.',
      choices: people.shown,
      ...(people.selected ? { value: people.selected } : {}),
    },
    ...notesFor('reviewerId', notes),
    {
      type: 'Input.Text',
      id: 'note',
      label: 'Note for the reviewer (optional)',
      placeholder: 'What should they look at?',
      isMultiline: true,
      maxLength: LIMITS.shortText,
      ...(values.note ? { value: values.note } : {}),
    },
    ...notesFor('note', notes),
  );
  const data = { teamId: input.teamId, taskId: input.taskId, draftId: input.draftId };
  return adaptiveCard(body, {
    actions: [executeAction({ title: 'Ask for a review', verb: 'reviewRequest', data, style: 'positive' })],
  });
}
