import type { Message } from '../../../i18n/message.ts';
import type { digest as english } from '../en-US/digest.ts';

/** A leader's weekly digest in German (du-form, as Teams speaks): every key of the English catalog, with the same placeholders. */
export const digest: Record<keyof typeof english, Message> = {
  'card.digest.title': 'Dein Wochenüberblick · {week}',
  'card.digest.participation': 'Beteiligung',
  'card.digest.answered': '{answered} von {expected} haben geantwortet ({percent} %)',
  'card.digest.missing': 'Es fehlen: {names}',
  'card.digest.overdue': 'Überfällig ({count})',
  'card.digest.nothingOverdue': 'Nichts überfällig.',
  'card.digest.late': { one: '{count} Tag überfällig', other: '{count} Tage überfällig' },
  'card.digest.blocked': 'Blockiert ({count})',
  'card.digest.nothingBlocked': 'Nichts blockiert.',
  'card.digest.blockedFor': { one: 'seit {count} Tag blockiert', other: 'seit {count} Tagen blockiert' },
  'card.digest.feedbackGaps': 'Feedback-Lücken ({count})',
  'card.digest.noFeedbackYet': 'noch kein Feedback',
  'card.digest.everyoneHadFeedback': 'Alle haben in den letzten 14 Tagen Feedback bekommen.',
  'card.digest.recognitionGaps': 'Anerkennungslücken ({count})',
  'card.digest.noRecognitionYet': 'noch keine Anerkennung',
  'card.digest.everyoneRecognised': 'Alle wurden kürzlich anerkannt.',
  'card.digest.lastDaysAgo': { one: 'zuletzt vor {count} Tag', other: 'zuletzt vor {count} Tagen' },
  'card.digest.suggestions': 'Vorgeschlagene Anerkennungen ({count})',
  'card.digest.noSuggestions':
    'Diese Woche keine erreichten Ziele und keine Serien pünktlich erledigter Aufgaben.',
  'card.digest.goalCompleted': '{names}: Ziel erreicht, „{goal}“',
  'card.digest.onTimeStreak': '{names}: {count} Aufgaben in Folge pünktlich erledigt, zuletzt „{task}“',
  'card.digest.notification':
    'Dein Wochenüberblick für {team}: {feedbackGaps} Feedback-Lücken, {suggestions} vorgeschlagene Anerkennungen',
};
