import type { Message } from '../../../i18n/message.ts';
import type { common as english } from '../en-US/common.ts';

/** Words several cards share in German (du-form, as Teams speaks): every key of the English catalog, with the same placeholders. */
export const common: Record<keyof typeof english, Message> = {
  'card.common.week': 'KW {number}/{year}',
  'card.common.openBoard': 'Board öffnen',
  'card.common.openTask': 'Aufgabe öffnen',
  'card.common.andMore': 'und {count} weitere',
  'card.common.listAndMore': '{list} und {count} weitere',
  'card.common.moreInTab': 'und {count} weitere im Tab',
  'card.common.status.todo': 'Zu erledigen',
  'card.common.status.doing': 'In Arbeit',
  'card.common.status.blocked': 'Blockiert',
  'card.common.status.done': 'Erledigt',
};
