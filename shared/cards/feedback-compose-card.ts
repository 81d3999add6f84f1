import type { Visibility } from '../domain/feedback.ts';
import type { FeedbackField } from '../rules/specificity.ts';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
import { executeAction } from './card-actions.ts';
import {
  feedbackFieldInputs,
  notesFor,
  nudgeSummary,
  type FieldCopy,
  type FieldNotes,
} from './feedback-fields.ts';
import { pickChoices, type PickableChoice } from './pick-choices.ts';

export interface ComposeTeammate {
  userId: string;
  name: string;
}

export interface ComposeWork {
  kind: 'task' | 'goal';
  id: string;
  title: string;
}

/** What the giver typed, kept when the card comes back with notes. `link` is `task:<id>` or `goal:<id>`. */
export interface FeedbackComposeValues {
  recipientId?: string;
  situation?: string;
  behaviour?: string;
  impact?: string;
  link?: string;
  visibility?: Visibility;
}

export interface FeedbackComposeInput {
  teamId: string;
  teamName: string;
  /** The draft's id: it travels with every press and keys the feedback, so a double press gives it once. */
  draftId: string;
  /** Active teammates, without the giver. */
  teammates: readonly ComposeTeammate[];
  /** Tasks and goals the feedback may be about, most relevant first. */
  work: readonly ComposeWork[];
  values?: FeedbackComposeValues;
  notes?: FieldNotes;
}

/** Caps that keep the card under its size budget with every text at its maximum length. */
export const COMPOSE_CARD_LIMITS = { teammates: 30, work: 15, choiceTitle: 60 } as const;

export const FEEDBACK_COPY: Record<FeedbackField, FieldCopy> = {
  situation: { label: 'Situation', placeholder: 'When and where: "In Tuesday’s release review…"' },
  behaviour: { label: 'Behaviour', placeholder: 'What they did or said, as you saw it' },
  impact: { label: 'Impact', placeholder: 'What it led to, for you, the team or customers' },
};

export function workChoiceValue(work: Pick<ComposeWork, 'kind' | 'id'>): string {
  return `${work.kind}:${work.id}`;
}

/**
 * Feedback for a teammate as situation, behaviour and impact, in the giver's 1:1 chat. After a press
 * that found the text vague, the same card comes back with the inputs kept, the nudges next to the
 * fields, and two buttons: "Send anyway" (confirmed) and "Send" (check again after editing).
 */
export function feedbackComposeCard(input: FeedbackComposeInput): AdaptiveCard {
  const values = input.values ?? {};
  const notes = input.notes ?? {};
  const nudgeCount = notes.nudges?.length ?? 0;
  const people = pickChoices(
    input.teammates.map((person) => ({ value: person.userId, title: person.name })),
    COMPOSE_CARD_LIMITS.teammates,
    values.recipientId,
    COMPOSE_CARD_LIMITS.choiceTitle,
  );
  const work = pickChoices(
    input.work.map((item) => ({
      value: workChoiceValue(item),
      title: `${item.kind === 'task' ? 'Task' : 'Goal'}: ${item.title}`,
    })),
    COMPOSE_CARD_LIMITS.work,
    values.link,
    COMPOSE_CARD_LIMITS.choiceTitle,
  );
  const data = { teamId: input.teamId, draftId: input.draftId };
  const body: CardElement[] = [
    { type: 'TextBlock', text: 'Give feedback', weight: 'Bolder', size: 'Medium', wrap: true },
    {
      type: 'TextBlock',
      text: `To a teammate in ${plainText(input.teamName)}. Say when it happened, what they did and what it led to. It is delivered privately.`,
      wrap: true,
      isSubtle: true,
    },
  ];
  if (people.shown.length === 0) {
    body.push({ type: 'TextBlock', text: 'There is no teammate to give feedback to yet.', wrap: true });
    return adaptiveCard(body);
  }
  body.push(
    choiceSet('recipientId', 'To', people.shown, people.selected, {
      isRequired: true,
      placeholder: 'Choose a teammate',
      errorMessage: 'Choose who the feedback is for.',
    }),
    ...notesFor('recipientId', notes),
    ...(people.hidden > 0
      ? [
          {
            type: 'TextBlock',
            text: `${people.hidden} more teammates are in the Cadence tab, where you can give them feedback too.`,
            wrap: true,
            size: 'Small',
            isSubtle: true,
          },
        ]
      : []),
    ...feedbackFieldInputs(FEEDBACK_COPY, values, notes),
    choiceSet('link', 'About a task or goal (optional)', work.shown, work.selected, {
      placeholder: 'Nothing in particular',
    }),
    ...notesFor('link', notes),
    choiceSet(
      'visibility',
      'Who can see it',
      [
        { value: 'private', title: 'Private: them, you and team leaders' },
        { value: 'team', title: 'Team: everyone on the team' },
      ],
      values.visibility ?? 'private',
      { style: 'expanded', isRequired: true, errorMessage: 'Choose who can see it.' },
    ),
  );
  if (nudgeCount > 0) body.push(nudgeSummary(nudgeCount));
  const actions =
    nudgeCount > 0
      ? [
          executeAction({ title: 'Send anyway', verb: 'feedbackSend', data: { ...data, confirmed: true } }),
          executeAction({ title: 'Send', verb: 'feedbackSend', data, style: 'positive' }),
        ]
      : [executeAction({ title: 'Send', verb: 'feedbackSend', data, style: 'positive' })];
  return adaptiveCard(body, { actions });
}

function choiceSet(
  id: string,
  label: string,
  choices: readonly PickableChoice[],
  value: string | undefined,
  extra: Record<string, unknown>,
): CardElement {
  return {
    type: 'Input.ChoiceSet',
    id,
    label,
    style: 'compact',
    choices: choices.map((choice) => ({ title: choice.title, value: choice.value })),
    ...(value ? { value } : {}),
    ...extra,
  };
}
