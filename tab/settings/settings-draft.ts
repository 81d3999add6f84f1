import type { SettingsResponse, UpdateSettingsRequest } from '../../shared/api/settings-requests.ts';
import { DEFAULT_TEAM_VALUES } from '../../shared/domain/default-values.ts';
import { LIMITS } from '../../shared/domain/limits.ts';
import type { TeamSettings } from '../../shared/domain/team.ts';
import { randomId } from '../format/random-id.ts';
import type { SettingsT } from '../i18n/en-US/settings.ts';

/** List items carry a local `key` for React; `id` is the stored one (absent: new). */
export interface QuestionDraft {
  key: string;
  id?: string;
  text: string;
}

export interface ValueDraft {
  key: string;
  id?: string;
  name: string;
  emoji: string;
  description: string;
}

/** The form's state: numbers stay as typed until they are checked. */
export interface SettingsDraft {
  timeZone: string;
  frequency: 'weekly' | 'biweekly';
  anchorWeek?: string;
  weekday: number;
  localTime: string;
  windowHours: string;
  reminderAtPercent: string;
  questions: QuestionDraft[];
  values: ValueDraft[];
  leaders: string[];
  wipLimit: string;
}

/** Problems by the API's field path, for example `settings.questions.2.text`. */
export type FieldErrors = Record<string, string>;

export const MAX_QUESTIONS = LIMITS.questionsPerTeam;
export const MAX_VALUES = LIMITS.valuesPerTeam;

const newKey = randomId;

export function draftOf(settings: TeamSettings): SettingsDraft {
  const { checkIn } = settings;
  return {
    timeZone: settings.timeZone,
    frequency: checkIn.frequency,
    ...(checkIn.anchorWeek ? { anchorWeek: checkIn.anchorWeek } : {}),
    weekday: checkIn.weekday,
    localTime: checkIn.localTime,
    windowHours: String(checkIn.windowHours),
    reminderAtPercent: String(checkIn.reminderAtPercent),
    questions: settings.questions.map((q) => ({ key: q.id, id: q.id, text: q.text })),
    values: settings.values.map((v) => ({ key: v.id, ...v })),
    leaders: [...settings.leaders],
    wipLimit: String(settings.wipLimit),
  };
}

/** Leaders who left the team are dropped: the service accepts only active roster members. */
export function draftFromResponse(response: SettingsResponse): SettingsDraft {
  const onRoster = new Set(response.roster.map((person) => person.userId));
  const draft = draftOf(response.settings);
  return { ...draft, leaders: draft.leaders.filter((id) => onRoster.has(id)) };
}

export function requestOf(draft: SettingsDraft): UpdateSettingsRequest {
  return {
    settings: {
      timeZone: draft.timeZone,
      checkIn: {
        frequency: draft.frequency,
        ...(draft.frequency === 'biweekly' && draft.anchorWeek ? { anchorWeek: draft.anchorWeek } : {}),
        weekday: draft.weekday,
        localTime: draft.localTime,
        windowHours: Number(draft.windowHours),
        reminderAtPercent: Number(draft.reminderAtPercent),
      },
      questions: draft.questions.map(({ id, text }) => (id ? { id, text } : { text })),
      values: draft.values.map(({ id, name, emoji, description }) =>
        id ? { id, name, emoji, description } : { name, emoji, description },
      ),
      leaders: draft.leaders,
      wipLimit: Number(draft.wipLimit),
    },
  };
}

export function isDirty(draft: SettingsDraft, saved: SettingsDraft): boolean {
  return JSON.stringify(requestOf(draft)) !== JSON.stringify(requestOf(saved));
}

function wholeNumberIn(value: string, min: number, max: number): boolean {
  const n = Number(value);
  return value.trim() !== '' && Number.isInteger(n) && n >= min && n <= max;
}

/** The checks the form can make before asking the service, named by the same paths it uses. */
export function checkDraft(
  draft: SettingsDraft,
  knownZone: (zone: string) => boolean,
  t: SettingsT,
): FieldErrors {
  const errors: FieldErrors = {};
  const need = (ok: boolean, field: string, problem: Parameters<SettingsT>[0]) => {
    if (!ok) errors[field] = t(problem);
  };
  need(
    /^([01]\d|2[0-3]):[0-5]\d$/.test(draft.localTime),
    'settings.checkIn.localTime',
    'settings.error.localTime',
  );
  need(
    wholeNumberIn(draft.windowHours, 1, 168),
    'settings.checkIn.windowHours',
    'settings.error.windowHours',
  );
  need(
    wholeNumberIn(draft.reminderAtPercent, 10, 95),
    'settings.checkIn.reminderAtPercent',
    'settings.error.reminderPercent',
  );
  need(wholeNumberIn(draft.wipLimit, 1, 50), 'settings.wipLimit', 'settings.error.wipLimit');
  need(knownZone(draft.timeZone), 'settings.timeZone', 'settings.error.timeZone');
  need(draft.leaders.length > 0, 'settings.leaders', 'settings.error.leaders');
  draft.questions.forEach((q, i) =>
    need(q.text.trim() !== '', `settings.questions.${i}.text`, 'settings.error.question'),
  );
  draft.values.forEach((v, i) => {
    need(v.name.trim() !== '', `settings.values.${i}.name`, 'settings.error.valueName');
    need(v.emoji.trim() !== '', `settings.values.${i}.emoji`, 'settings.error.valueEmoji');
  });
  return errors;
}

export function move<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}

export function newQuestion(): QuestionDraft {
  return { key: newKey(), text: '' };
}

export function newValue(): ValueDraft {
  return { key: newKey(), name: '', emoji: '⭐', description: '' };
}

/** The badges recognition offers while the team has none, as editable values (their ids stay). */
export function defaultValues(): ValueDraft[] {
  return DEFAULT_TEAM_VALUES.map((v) => ({ key: v.id, ...v }));
}
