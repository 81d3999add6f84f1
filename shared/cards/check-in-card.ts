import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
import { executeAction, refreshFor } from './card-actions.ts';
import { localDateTimeText, weekText } from './check-in-dates.ts';
import { EMPTY_CHECK_IN_FORM, encodeShownStatuses, formFromCheckIn } from './check-in-form.ts';
import { checkInInputs } from './check-in-inputs.ts';
import { checkInText } from './i18n/check-in-text.ts';
import { checkInSummary } from './check-in-summary.ts';
import {
  clip,
  tasksInCardOrder,
  type CardFit,
  type CheckInCardInput,
  type CheckInCardPerson,
} from './check-in-card-input.ts';

export type { CheckInCardInput, CheckInNotice } from './check-in-card-input.ts';

/** Cards stay under 28 KB; the builder aims a little lower. */
export const CHECK_IN_CARD_BUDGET_BYTES = 27 * 1024;

/** At most this many tasks get a status input; the rest are "in the tab". */
export const CHECK_IN_CARD_MAX_TASKS = 15;

/** From the fullest card down to one that fits even when every text is at its maximum length. */
const FITS: readonly CardFit[] = [
  { tasks: CHECK_IN_CARD_MAX_TASKS, titleChars: 200, teammates: 60, textChars: 500 },
  { tasks: CHECK_IN_CARD_MAX_TASKS, titleChars: 100, teammates: 40, textChars: 300 },
  { tasks: 10, titleChars: 80, teammates: 25, textChars: 200 },
  { tasks: 5, titleChars: 60, teammates: 10, textChars: 100 },
];

export type CheckInCardState = 'open' | 'submitted' | 'readOnly';

export function checkInCardState(input: CheckInCardInput): CheckInCardState {
  if (input.viewer === 'other' || input.window.state !== 'open') return 'readOnly';
  return input.answer ? 'submitted' : 'open';
}

function statusLine(input: CheckInCardInput, state: CheckInCardState): CardElement[] {
  const { window, locale } = input;
  const t = checkInText(locale);
  const when = (instant: Date) => localDateTimeText(instant, window.timeZone, locale);
  const text = (value: string, extra: CardElement = {}): CardElement => ({
    type: 'TextBlock',
    text: value,
    wrap: true,
    ...extra,
  });
  if (state === 'submitted') {
    return [
      text(t('card.checkIn.submittedUntil', { time: when(window.closesAt) }), {
        color: 'Good',
        weight: 'Bolder',
      }),
    ];
  }
  if (state === 'open') {
    return [
      text(t('card.checkIn.openUntil', { time: when(window.closesAt) })),
      ...(window.early
        ? [text(t('card.checkIn.early', { time: when(window.opensAt) }), { isSubtle: true })]
        : []),
    ];
  }
  if (window.state === 'open') {
    return [
      text(
        t('card.checkIn.readOnlyUntil', {
          name: plainText(input.member.name),
          time: when(window.closesAt),
        }),
      ),
    ];
  }
  if (window.state === 'upcoming') {
    return [text(t('card.checkIn.opensAt', { time: when(window.opensAt) }), { weight: 'Bolder' })];
  }
  return [
    text(t('card.checkIn.closedAt', { time: when(window.closesAt) }), { weight: 'Bolder' }),
    text(t('card.checkIn.nextOpensAt', { time: when(window.nextOpensAt) }), { isSubtle: true }),
  ];
}

function header(input: CheckInCardInput, state: CheckInCardState, fit: CardFit): CardElement[] {
  const errorFields = Object.values(input.errors ?? {});
  const t = checkInText(input.locale);
  return [
    {
      type: 'TextBlock',
      text: t('card.checkIn.title', { team: plainText(clip(input.teamName, fit.titleChars)) }),
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    {
      type: 'TextBlock',
      text: t('card.checkIn.whoAndWeek', {
        name: plainText(input.member.name),
        week: weekText(input.window.week, input.locale),
      }),
      isSubtle: true,
      spacing: 'None',
      wrap: true,
    },
    ...statusLine(input, state),
    ...(input.notices ?? []).map((notice) => ({
      type: 'TextBlock',
      text: plainText(notice.text),
      wrap: true,
      ...(notice.tone ? { color: notice.tone === 'good' ? 'Good' : 'Warning' } : {}),
    })),
    ...(errorFields.length > 0
      ? [
          {
            type: 'TextBlock',
            text: t('card.checkIn.fixFields', { count: errorFields.length }),
            color: 'Attention',
            weight: 'Bolder',
            wrap: true,
          },
        ]
      : []),
  ];
}

/** The teammates the help choice lists: the one already chosen always among them. */
function teammatesShown(input: CheckInCardInput, chosen: string, limit: number): CheckInCardPerson[] {
  const sorted = [...input.teammates].sort((a, b) => a.name.localeCompare(b.name));
  const shown = sorted.slice(0, limit);
  const selected = sorted.find((person) => person.userId === chosen);
  if (selected && !shown.includes(selected)) shown[shown.length - 1] = selected;
  return shown;
}

function build(input: CheckInCardInput, fit: CardFit): AdaptiveCard {
  const state = checkInCardState(input);
  const refresh = input.member.teamsUserId
    ? {
        refresh: refreshFor([input.member.teamsUserId], 'checkinRefresh', {
          teamId: input.teamId,
          week: input.window.week,
          userId: input.member.userId,
        }),
      }
    : {};
  const body = header(input, state, fit);
  if (state === 'readOnly') return adaptiveCard([...body, ...checkInSummary(input, fit)], refresh);

  const values = input.values ?? (input.answer ? formFromCheckIn(input.answer) : EMPTY_CHECK_IN_FORM);
  const tasks = tasksInCardOrder(input.tasks).slice(0, fit.tasks);
  const teammates = teammatesShown(input, values.helpFrom, fit.teammates);
  const submit = executeAction({
    title: checkInText(input.locale)(state === 'submitted' ? 'card.checkIn.update' : 'card.checkIn.submit'),
    verb: 'checkinSubmit',
    style: 'positive',
    data: {
      teamId: input.teamId,
      week: input.window.week,
      userId: input.member.userId,
      shown: encodeShownStatuses(tasks),
    },
  });
  return adaptiveCard([...body, ...checkInInputs(input, values, fit, { tasks, teammates })], {
    ...refresh,
    actions: [submit],
  });
}

/** Whether the card's JSON fits the budget; a UTF-16 code unit takes at most 3 bytes of UTF-8. */
function fits(card: AdaptiveCard): boolean {
  const json = JSON.stringify(card);
  if (json.length * 3 <= CHECK_IN_CARD_BUDGET_BYTES) return true;
  return new TextEncoder().encode(json).length <= CHECK_IN_CARD_BUDGET_BYTES;
}

/**
 * The check-in card (Adaptive Card 1.5): open with inputs, submitted with inputs and "Update", or a
 * read-only summary once the window closed (or for anyone but the member). Content that would push it
 * over the size budget is shortened: fewer tasks and teammates, shorter titles, never what was typed.
 */
export function checkInCard(input: CheckInCardInput): AdaptiveCard {
  let card: AdaptiveCard | undefined;
  for (const fit of FITS) {
    card = build(input, fit);
    if (fits(card)) return card;
  }
  return card ?? build(input, FITS[FITS.length - 1] as CardFit);
}
