import type { Catalog } from '../../../i18n/message.ts';

/** Words several cards share in American English: the default, and the keys other languages translate. */
export const common = {
  'card.common.week': 'week {number} of {year}',
  'card.common.openBoard': 'Open the board',
  'card.common.openTask': 'Open the task',
  'card.common.andMore': 'and {count} more',
  'card.common.listAndMore': '{list} and {count} more',
  'card.common.moreInTab': 'and {count} more in the tab',
  'card.common.status.todo': 'To do',
  'card.common.status.doing': 'Doing',
  'card.common.status.blocked': 'Blocked',
  'card.common.status.done': 'Done',
} as const satisfies Catalog;
