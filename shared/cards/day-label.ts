import { isoWeekday, parseIsoDate } from '../rules/week.ts';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A calendar day as cards and bot replies show it: "Thu 31 Dec 2026", or "Thu 31 Dec" without the year.
 * Spelled out rather than left to Intl, whose punctuation differs between runtimes and locales: a bot
 * reply has no locale of the reader to follow anyway.
 */
export function dayLabel(isoDate: string, options: { year?: boolean } = {}): string {
  const date = parseIsoDate(isoDate);
  const label = `${WEEKDAYS[isoWeekday(date) - 1]} ${date.day} ${MONTHS[date.month - 1]}`;
  return options.year === false ? label : `${label} ${date.year}`;
}
