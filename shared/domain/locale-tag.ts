import { z } from 'zod';

/** Longest tag kept: BCP 47 allows more, but no language Teams reports comes close. */
export const LOCALE_TAG_MAX = 35;

const LOCALE_TAG = /^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*$/;

/** Whether a client-reported language tag (`de-DE`, `en-us`, `pt-BR`) looks like one: checked loosely. */
export function isLocaleTag(value: string): boolean {
  return value.length <= LOCALE_TAG_MAX && LOCALE_TAG.test(value);
}

/** A language tag as the Teams client reported it; mapped to a supported locale only when text is shown. */
export const LocaleTagSchema = z
  .string()
  .max(LOCALE_TAG_MAX)
  .refine(isLocaleTag, 'must be a language tag such as de-DE');
