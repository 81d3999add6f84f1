/** An instant (ISO, UTC) as the person's weekday, date and time in their check-in time zone. */
export function formatInstant(iso: string, locale: string, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  };
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(new Date(iso));
  } catch {
    // A zone this browser does not know: its own clock is the next best.
    return new Intl.DateTimeFormat(locale, options).format(new Date(iso));
  }
}

/** `2026-W09` → 9. */
export function weekNumber(week: string): number {
  return Number(week.slice(week.indexOf('W') + 1));
}

/** Teams deep links open through Teams itself; the local host's links are ordinary pages. */
export function isTeamsLink(url: string): boolean {
  return url.startsWith('https://teams.microsoft.com/');
}
