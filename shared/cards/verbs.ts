/**
 * Every `Action.Execute` verb Cadence's cards use (and the `verb` field of their `Action.Submit`
 * fallbacks). The bot dispatches on this union through a typed registry, never on string surgery.
 */
export const CARD_VERBS = [
  'checkinSubmit',
  'checkinRefresh',
  'recognitionSend',
  'feedbackSend',
  'reviewRequest',
  'reviewSubmit',
  'chooseTeam',
] as const;

export type CardVerb = (typeof CARD_VERBS)[number];

export function isCardVerb(value: unknown): value is CardVerb {
  return typeof value === 'string' && (CARD_VERBS as readonly string[]).includes(value);
}
