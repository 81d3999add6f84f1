import type { Catalog } from '../../../i18n/message.ts';

/** The welcome posted at install in American English: the default, and the keys other languages translate. */
export const welcome = {
  'card.welcome.title': 'Cadence is here',
  'card.welcome.thanks':
    'Thanks {mention} for adding me. I help this team keep small commitments visible: goals, tasks, weekly check-ins and recognition.',
  'card.welcome.leads': '{mention} leads the team in Cadence for now. Type help to see what I can do.',
  'card.welcome.someone': 'there',
} as const satisfies Catalog;
