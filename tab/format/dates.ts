/** Today's date where the person is, as `YYYY-MM-DD`: due dates are calendar days, not instants. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "Mar 4" in the person's locale, for a `YYYY-MM-DD` calendar day. */
export function formatDay(isoDate: string, locale: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(day);
}
