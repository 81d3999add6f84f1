import type { Visibility } from '../domain/feedback.ts';
import type { SupportedLocale } from '../i18n/locales.ts';
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
import { feedbackText, type FeedbackT } from './i18n/feedback-text.ts';
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
  /** The reader's language. */
  locale: SupportedLocale;
}

/** Caps that keep the card under its size budget with every text at its maximum length. */
export const COMPOSE_CARD_LIMITS = { teammates: 30, work: 15, choiceTitle: 60 } as const;

/** The labels and placeholders of situation, behaviour and impact in the reader's language. */
function feedbackCopy(t: FeedbackT): Record<FeedbackField, FieldCopy> {
  return {
    situation: {
      label: t('card.feedback.field.situation'),
      placeholder: t('card.feedback.field.situationPlaceholder'),
    },
    behaviour: {
      label: t('card.feedback.field.behaviour'),
      placeholder: t('card.feedback.field.behaviourPlaceholder'),
    },
    impact: {
      label: t('card.feedback.field.impact'),
      placeholder: t('card.feedback.field.impactPlaceholder'),
    },
  };
}

export function workChoiceValue(work: Pick<ComposeWork, 'kind' | 'id'>): string {
  return `${work.kind}:${work.id}`;
}

/**
 * Feedback for a teammate as situation, behaviour and impact, in the giver's 1:1 chat. After a press
 * that found the text vague, the same card comes back with the inputs kept, the nudges next to the
 * fields, and two buttons: "Send anyway" (confirmed) and "Send" (check again after editing).
 */
export function feedbackComposeCard(input: FeedbackComposeInput): AdaptiveCard {
  const { locale } = input;
  const t = feedbackText(locale);
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
      title: t(
        item.kind === 'task' ? 'card.feedback.compose.taskChoice' : 'card.feedback.compose.goalChoice',
        {
          title: item.title,
        },
      ),
    })),
    COMPOSE_CARD_LIMITS.work,
    values.link,
    COMPOSE_CARD_LIMITS.choiceTitle,
  );
  const data = { teamId: input.teamId, draftId: input.draftId };
  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: t('card.feedback.compose.title'),
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    {
      type: 'TextBlock',
      text: t('card.feedback.compose.intro', { team: plainText(input.teamName) }),
      wrap: true,
      isSubtle: true,
    },
  ];
  if (people.shown.length === 0) {
    body.push({ type: 'TextBlock', text: t('card.feedback.compose.noTeammates'), wrap: true });
    return adaptiveCard(body);
  }
  body.push(
    choiceSet('recipientId', t('card.feedback.compose.to'), people.shown, people.selected, {
      isRequired: true,
      placeholder: t('card.feedback.compose.toPlaceholder'),
      errorMessage: t('card.feedback.compose.toRequired'),
    }),
    ...notesFor('recipientId', notes, locale),
    ...(people.hidden > 0
      ? [
          {
            type: 'TextBlock',
            text: t('card.feedback.compose.hidden', { count: people.hidden }),
            wrap: true,
            size: 'Small',
            isSubtle: true,
          },
        ]
      : []),
    ...feedbackFieldInputs(feedbackCopy(t), values, notes, locale),
    choiceSet('link', t('card.feedback.compose.link'), work.shown, work.selected, {
      placeholder: t('card.feedback.compose.linkPlaceholder'),
    }),
    ...notesFor('link', notes, locale),
    choiceSet(
      'visibility',
      t('card.feedback.compose.visibility'),
      [
        { value: 'private', title: t('card.feedback.compose.visibilityPrivate') },
        { value: 'team', title: t('card.feedback.compose.visibilityTeam') },
      ],
      values.visibility ?? 'private',
      { style: 'expanded', isRequired: true, errorMessage: t('card.feedback.compose.visibilityRequired') },
    ),
  );
  if (nudgeCount > 0) body.push(nudgeSummary(nudgeCount, locale));
  const send = executeAction({
    title: t('card.feedback.compose.send'),
    verb: 'feedbackSend',
    data,
    style: 'positive',
  });
  const actions =
    nudgeCount > 0
      ? [
          executeAction({
            title: t('card.feedback.compose.sendAnyway'),
            verb: 'feedbackSend',
            data: { ...data, confirmed: true },
          }),
          send,
        ]
      : [send];
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
