import type { Catalog } from '../../../shared/i18n/message.ts';
import type { Translate } from '../../../shared/i18n/translate.ts';
import { useTranslator } from '../i18n.tsx';

/**
 * The settings strings in American English: the default, and the keys other languages translate. They ship
 * with the code that shows them, so a lazy screen's words load with the screen.
 */
export const settings = {
  'settings.screen.label': 'Settings',
  'settings.screen.title': 'Team settings',
  'settings.screen.loading': 'Loading settings…',
  'settings.screen.loadFailed': 'The settings could not be loaded',
  'settings.screen.saved': 'Settings saved',

  'settings.schedule.title': 'Check-in schedule',
  'settings.schedule.day': 'Day',
  'settings.schedule.localTime': 'Local time',
  'settings.schedule.localTimeHint': "Each person's own time zone",
  'settings.schedule.windowHours': 'Answers open for (hours)',
  'settings.schedule.reminderPercent': 'Reminder at (% of the window)',
  'settings.schedule.frequency': 'How often',
  'settings.schedule.weekly': 'Every week',
  'settings.schedule.biweekly': 'Every other week',
  'settings.schedule.previewInvalid': 'Fix the schedule above to see when the next check-in goes out.',

  'settings.preview.weekly':
    "Next check-in: {day} {date}, {time} in each person's own time zone (every week). Answers stay open for " +
    '{windowHours} h; people who have not answered get one reminder after {reminderHours} h.',
  'settings.preview.biweekly':
    "Next check-in: {day} {date}, {time} in each person's own time zone (every other week). Answers stay " +
    'open for {windowHours} h; people who have not answered get one reminder after {reminderHours} h.',

  'settings.questions.title': 'Questions',
  'settings.questions.hint': 'Asked on every check-in after tasks, blockers and wins ({count} of {max}).',
  'settings.questions.label': 'Question {number}',
  'settings.questions.moveUp': 'Move question {number} up',
  'settings.questions.moveDown': 'Move question {number} down',
  'settings.questions.remove': 'Remove question {number}',
  'settings.questions.add': 'Add question',
  'settings.questions.full': 'At most {max} questions',

  'settings.values.title': 'Values and badges',
  'settings.values.emptyHint': 'No values of your own yet: recognition offers {defaults}.',
  'settings.values.hint': 'Recognition is given for one of these ({count} of {max}).',
  'settings.values.emoji': 'Emoji',
  'settings.values.label': 'Value {number}',
  'settings.values.description': 'Description',
  'settings.values.moveUp': 'Move value {number} up',
  'settings.values.moveDown': 'Move value {number} down',
  'settings.values.remove': 'Remove value {number}',
  'settings.values.add': 'Add value',
  'settings.values.full': 'At most {max} values',
  'settings.values.defaults': 'Start from the defaults',

  'settings.leaders.title': 'Leaders',
  'settings.leaders.hint':
    'Leaders change these settings, set goals and get the weekly digest. A team needs at least one.',
  'settings.leaders.me': '{name} (me)',

  'settings.work.title': 'Work in progress and time zone',
  'settings.work.wipLimit': 'WIP limit (tasks in progress per person)',
  'settings.timeZone.label': 'Team time zone',
  'settings.timeZone.hint': 'For people who have not set their own, and for the channel summary',
  'settings.timeZone.noMatch': 'No time zone matches',

  'settings.form.conflictTitle': 'Someone else changed the settings',
  'settings.form.conflictBody':
    'Your changes were not saved. Reload to see their version, then make your changes again.',
  'settings.form.reload': 'Reload',
  'settings.form.invalid': {
    one: 'One field needs attention before saving.',
    other: '{count} fields need attention before saving.',
  },
  'settings.form.save': 'Save settings',
  'settings.form.saving': 'Saving…',
  'settings.form.discard': 'Discard changes',
  'settings.form.dirty': 'Unsaved changes',
  'settings.form.clean': 'All changes saved',

  'settings.error.localTime': 'Enter a time such as 09:00.',
  'settings.error.windowHours': 'Enter whole hours from 1 to 168.',
  'settings.error.reminderPercent': 'Enter a share from 10 to 95 %.',
  'settings.error.wipLimit': 'Enter a limit from 1 to 50.',
  'settings.error.timeZone': 'Pick a time zone from the list.',
  'settings.error.leaders': 'A team needs at least one leader.',
  'settings.error.question': 'Write the question, or remove it.',
  'settings.error.valueName': 'Name the value, or remove it.',
  'settings.error.valueEmoji': 'Pick an emoji for the badge.',
  'settings.error.unknown': 'Something went wrong. Try again.',
  'settings.error.forbidden': 'Only team leaders can change the settings.',

  'settings.summary.readOnly': 'Only team leaders can change these settings.',
  'settings.summary.work': 'Most tasks in progress per person: {wipLimit}. Team time zone: {timeZone}.',
  'settings.summary.noQuestions': "No questions of the team's own.",
  'settings.summary.noLeaders': 'No current member leads this team.',
} as const satisfies Catalog;

export type SettingsT = Translate<keyof typeof settings>;

export function useSettingsT(): SettingsT {
  return useTranslator(settings);
}
