const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withTime}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
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

/** "Thursday, Mar 12, 9:00 AM EDT": an instant on the member's own clock, with the zone named. */
export function localDateTimeText(instant: Date, timeZone: string): string {
  return formatterFor(timeZone, true).format(instant);
}

/** "Friday, Mar 20" for a `YYYY-MM-DD` calendar date (no zone: a date is the same everywhere). */
export function calendarDateText(isoDate: string): string {
  return formatterFor('UTC', false).format(new Date(`${isoDate}T12:00:00Z`));
}

/** "week 11 of 2026" for `2026-W11`. */
export function weekText(week: string): string {
  const [year, number] = week.split('-W');
  return `week ${Number(number)} of ${year}`;
}
