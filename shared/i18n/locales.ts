/** The languages Cadence speaks; the first is the default, used for any other language. */
export const SUPPORTED_LOCALES = ['en-US', 'de-DE'] as const;

export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

export const DEFAULT_LOCALE: SupportedLocale = 'en-US';

/** The catalog for a Teams locale such as `de-de`, `de-AT` or `en-gb`: matched by language. */
export function pickLocale(tag: string | undefined): SupportedLocale {
  const language = tag
    ?.trim()
    .toLowerCase()
    .split(/[-_@.]/)[0];
  return (
    SUPPORTED_LOCALES.find((locale) => locale.toLowerCase().startsWith(`${language}-`)) ?? DEFAULT_LOCALE
  );
}
