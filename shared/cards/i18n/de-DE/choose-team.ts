import type { Message } from '../../../i18n/message.ts';
import type { chooseTeam as english } from '../en-US/choose-team.ts';

/** The "which team?" card in German (du-form, as Teams speaks): every key of the English catalog, with the same placeholders. */
export const chooseTeam: Record<keyof typeof english, Message> = {
  'card.chooseTeam.title': 'Welches Team?',
  'card.chooseTeam.text': 'Du bist in {count} Cadence-Teams. Wähle das Team für {command}.',
};
