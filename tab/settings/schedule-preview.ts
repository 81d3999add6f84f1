import { checkInWindowAt } from '../../shared/rules/check-in-window.ts';
import type { SettingsT } from '../i18n/en-US/settings.ts';
import type { SettingsDraft } from './settings-draft.ts';

/** ISO weekday (1 = Monday) as the locale names it, for example `Mon` or `Monday`. */
export function weekdayName(weekday: number, locale: string, width: 'short' | 'long'): string {
  // 2024-01-01 was a Monday.
  const day = new Date(Date.UTC(2024, 0, weekday));
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(day);
}

/** `09:00` as `9:00`: how people say a time. */
function spokenTime(localTime: string): string {
  return localTime.replace(/^0(\d)/, '$1');
}

/**
 * "Next check-in: Mon 9:00 in each person's own time zone", with the date it falls on in the team's zone
 * and what the window and reminder mean in hours. Undefined while the schedule is not valid yet.
 */
export function schedulePreview(
  draft: SettingsDraft,
  now: Date,
  locale: string,
  t: SettingsT,
): string | undefined {
  const windowHours = Number(draft.windowHours);
  const percent = Number(draft.reminderAtPercent);
  if (!/^\d\d:\d\d$/.test(draft.localTime) || !(windowHours >= 1) || !(percent >= 1)) return undefined;
  let next: Date;
  try {
    const biweekly = draft.frequency === 'biweekly' && draft.anchorWeek !== undefined;
    next = checkInWindowAt(
      now,
      {
        frequency: biweekly ? 'biweekly' : 'weekly',
        anchorWeek: draft.anchorWeek,
        weekday: draft.weekday,
        localTime: draft.localTime,
        windowHours,
      },
      draft.timeZone,
    ).nextOpensAt;
  } catch {
    return undefined;
  }
  const date = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    timeZone: draft.timeZone,
  }).format(next);
  return t(draft.frequency === 'weekly' ? 'settings.preview.weekly' : 'settings.preview.biweekly', {
    day: weekdayName(draft.weekday, locale, 'short'),
    date,
    time: spokenTime(draft.localTime),
    windowHours,
    reminderHours: Math.round((windowHours * percent) / 100),
  });
}
