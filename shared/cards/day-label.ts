import type { SupportedLocale } from '../i18n/locales.ts';
import { isoWeekday, parseIsoDate } from '../rules/week.ts';

interface DayNames {
  weekdays: readonly string[];
  months: readonly string[];
  format(parts: { weekday: string; day: number; month: string; year?: number }): string;
}

const NAMES: Record<SupportedLocale, DayNames> = {
  'en-US': {
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    format: ({ weekday, day, month, year }) => `${weekday} ${day} ${month}${year ? ` ${year}` : ''}`,
  },
  'de-DE': {
    weekdays: ['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.'],
    months: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
    format: ({ weekday, day, month, year }) => `${weekday}, ${day}. ${month}${year ? ` ${year}` : ''}`,
  },
};

/**
 * A calendar day as cards and bot replies show it: "Thu 31 Dec 2026" ("Do., 31. Dez. 2026"), or without
 * the year. Spelled out rather than left to Intl, whose punctuation differs between runtimes. The
 * language is required: a forgotten one would silently read English.
 */
export function dayLabel(isoDate: string, locale: SupportedLocale, options: { year?: boolean } = {}): string {
  const date = parseIsoDate(isoDate);
  const names = NAMES[locale];
  return names.format({
    weekday: names.weekdays[isoWeekday(date) - 1] ?? '',
    day: date.day,
    month: names.months[date.month - 1] ?? '',
    ...(options.year === false ? {} : { year: date.year }),
  });
}
