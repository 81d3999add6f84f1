import type { SupportedLocale } from '../i18n/locales.ts';
import { commonText } from './i18n/common-text.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: SupportedLocale, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${withTime}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone,
      weekday: 'long',
      month: 'short',
      day: 'numeric',
      ...(withTime ? { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * "Thursday, Mar 12, 9:00 AM EDT" (or "Donnerstag, 12. März, 09:00 MEZ"): an instant on the member's own
 * clock, with the zone named, in the reader's language.
 */
export function localDateTimeText(instant: Date, timeZone: string, locale: SupportedLocale): string {
  return formatterFor(locale, timeZone, true).format(instant);
}

/** "Friday, Mar 20" for a `YYYY-MM-DD` calendar date (no zone: a date is the same everywhere). */
export function calendarDateText(isoDate: string, locale: SupportedLocale): string {
  return formatterFor(locale, 'UTC', false).format(new Date(`${isoDate}T12:00:00Z`));
}

/** "week 11 of 2026" (or "KW 11/2026") for `2026-W11`. */
export function weekText(week: string, locale: SupportedLocale): string {
  const [year = '', number] = week.split('-W');
  return commonText(locale)('card.common.week', { number: Number(number), year });
}

/** How a trend names a week in little room: English "W09" (the ISO style), German "KW 9". */
const SHORT_WEEK: Record<SupportedLocale, (number: number) => string> = {
  'en-US': (number) => `W${String(number).padStart(2, '0')}`,
  'de-DE': (number) => `KW ${number}`,
};

/** "W11" (or "KW 11") for `2026-W11`: the year left out, for a short run of weeks. */
export function shortWeekText(week: string, locale: SupportedLocale): string {
  return SHORT_WEEK[locale](Number(week.split('-W')[1]));
}
