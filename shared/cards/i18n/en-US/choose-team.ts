import type { Catalog } from '../../../i18n/message.ts';

/** The "which team?" card in American English: the default, and the keys other languages translate. */
export const chooseTeam = {
  'card.chooseTeam.title': 'Which team?',
  'card.chooseTeam.text': 'You are on {count} Cadence teams. Pick the one for {command}.',
} as const satisfies Catalog;
