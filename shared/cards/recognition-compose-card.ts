import { LIMITS } from '../domain/limits.ts';
import type { TeamValue } from '../domain/team.ts';
import type { WorkLink } from '../domain/work-link.ts';
import type { SupportedLocale } from '../i18n/locales.ts';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
import { executeAction } from './card-actions.ts';
import { recognitionText, type RecognitionT } from './i18n/recognition-text.ts';
import { valueBadge } from './recognition-card.ts';

/** The compose card's inputs, as Teams sends them back: every value is a string. */
export interface RecognitionDraft {
  /** Comma-separated user ids (a multi-select ChoiceSet's value). */
  recipientIds: string;
  valueId: string;
  message: string;
  /** `task:<id>`, `goal:<id>`, or '' for none. */
  link: string;
}

export type RecognitionComposeField = keyof RecognitionDraft;

export interface ComposePerson {
  userId: string;
  name: string;
}

export interface ComposeWork extends WorkLink {
  title: string;
}

export interface RecognitionComposeInput {
  teamId: string;
  teamName: string;
  /** Sent back with the press: the idempotency key that makes a second press post nothing new. */
  draftId: string;
  /** Who can be recognised: active teammates, not the person composing. */
  people: readonly ComposePerson[];
  values: readonly TeamValue[];
  /** Tasks and goals to link, most relevant first. */
  work: readonly ComposeWork[];
  /** What was typed, kept when the card comes back with an error. */
  draft?: Partial<RecognitionDraft>;
  error?: { field: RecognitionComposeField; message: string };
  /** The reader's language. */
  locale: SupportedLocale;
}

/** Teams' limit is 100 KB per message; Cadence keeps cards under 28 KB, with room for the envelope. */
export const COMPOSE_CARD_BUDGET_BYTES = 26 * 1024;

export function workChoiceValue(link: WorkLink): string {
  return `${link.kind}:${link.id}`;
}

/** The link a `task:<id>` / `goal:<id>` choice names; undefined for none or anything else. */
export function workLinkOfChoice(value: string | undefined): WorkLink | undefined {
  const match = /^(task|goal):(.+)$/.exec(value ?? '');
  if (!match) return undefined;
  return { kind: match[1] === 'task' ? 'task' : 'goal', id: match[2] ?? '' };
}

function bytesOf(card: AdaptiveCard): number {
  return new TextEncoder().encode(JSON.stringify(card)).length;
}

/**
 * Pick people, a value, a message and optionally a task or goal; "Post recognition" sends it. A large
 * team's lists are shortened to keep the card under budget (what was picked always stays); the tab has
 * everyone.
 */
export function recognitionComposeCard(input: RecognitionComposeInput): AdaptiveCard {
  const picked = new Set((input.draft?.recipientIds ?? '').split(',').filter(Boolean));
  const pickedLink = input.draft?.link ?? '';
  const mustKeepPerson = (p: ComposePerson) => picked.has(p.userId);
  const mustKeepWork = (w: ComposeWork) => workChoiceValue(w) === pickedLink;
  let people = [...input.people];
  let work = [...input.work];
  let card = composeCard(input, people, work);
  // Work goes first (it is optional), then people; each pass drops about a tenth of what is left.
  while (bytesOf(card) > COMPOSE_CARD_BUDGET_BYTES) {
    const shorterWork = shorten(work, mustKeepWork);
    if (shorterWork.length < work.length) work = shorterWork;
    else {
      const shorterPeople = shorten(people, mustKeepPerson);
      if (shorterPeople.length === people.length) break;
      people = shorterPeople;
    }
    card = composeCard(input, people, work);
  }
  return card;
}

function shorten<T>(items: readonly T[], keep: (item: T) => boolean): T[] {
  const droppable = items.filter((item) => !keep(item)).length;
  if (droppable === 0) return [...items];
  let toDrop = Math.max(1, Math.ceil(items.length / 10));
  const kept: T[] = [];
  for (let index = items.length - 1; index >= 0; index -= 1) {
    const item = items[index] as T;
    if (toDrop > 0 && !keep(item)) toDrop -= 1;
    else kept.unshift(item);
  }
  return kept;
}

function composeCard(
  input: RecognitionComposeInput,
  people: readonly ComposePerson[],
  work: readonly ComposeWork[],
): AdaptiveCard {
  const { draft = {}, error } = input;
  const t = recognitionText(input.locale);
  const errorFor = (field: RecognitionComposeField): CardElement[] =>
    error?.field === field
      ? [
          {
            type: 'TextBlock',
            id: `${field}Error`,
            text: plainText(error.message),
            color: 'Attention',
            size: 'Small',
            wrap: true,
            spacing: 'None',
          },
        ]
      : [];
  const shortened =
    people.length < input.people.length
      ? [
          {
            type: 'TextBlock',
            text: t('card.recognition.compose.shortened', {
              shown: people.length,
              total: input.people.length,
            }),
            isSubtle: true,
            size: 'Small',
            wrap: true,
            spacing: 'None',
          },
        ]
      : [];
  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: t('card.recognition.compose.title'),
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    {
      type: 'TextBlock',
      text: t('card.recognition.compose.intro', { team: plainText(input.teamName) }),
      isSubtle: true,
      wrap: true,
      spacing: 'None',
    },
    {
      type: 'Input.ChoiceSet',
      id: 'recipientIds',
      label: t('card.recognition.compose.who'),
      isMultiSelect: true,
      style: 'compact',
      placeholder: t('card.recognition.compose.whoPlaceholder'),
      isRequired: true,
      errorMessage: t('card.recognition.compose.whoRequired'),
      value: draft.recipientIds ?? '',
      choices: people.map((person) => ({ title: person.name, value: person.userId })),
    },
    ...shortened,
    ...errorFor('recipientIds'),
    {
      type: 'Input.ChoiceSet',
      id: 'valueId',
      label: t('card.recognition.compose.value'),
      style: 'expanded',
      isRequired: true,
      errorMessage: t('card.recognition.compose.valueRequired'),
      value: draft.valueId ?? '',
      choices: input.values.map((value) => ({ title: valueBadge(value), value: value.id })),
    },
    ...errorFor('valueId'),
    {
      type: 'Input.Text',
      id: 'message',
      label: t('card.recognition.compose.message'),
      isMultiline: true,
      maxLength: LIMITS.longText,
      isRequired: true,
      errorMessage: t('card.recognition.compose.messageRequired'),
      placeholder: t('card.recognition.compose.messagePlaceholder'),
      value: draft.message ?? '',
    },
    ...errorFor('message'),
    ...linkInput(t, work, draft.link ?? ''),
    ...errorFor('link'),
  ];
  return adaptiveCard(body, {
    actions: [
      executeAction({
        title: t('card.recognition.compose.post'),
        verb: 'recognitionSend',
        data: { teamId: input.teamId, draftId: input.draftId },
        style: 'positive',
      }),
    ],
  });
}

/** Without tasks or goals to pick there is nothing to link: the input is left out. */
function linkInput(t: RecognitionT, work: readonly ComposeWork[], value: string): CardElement[] {
  if (work.length === 0) return [];
  return [
    {
      type: 'Input.ChoiceSet',
      id: 'link',
      label: t('card.recognition.compose.link'),
      style: 'compact',
      placeholder: t('card.recognition.compose.linkPlaceholder'),
      value,
      choices: work.map((item) => ({
        title: t(item.kind === 'task' ? 'card.recognition.task' : 'card.recognition.goal', {
          title: item.title,
        }),
        value: workChoiceValue(item),
      })),
    },
  ];
}
