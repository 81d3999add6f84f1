import type { Catalog } from '../../../i18n/message.ts';

/** The help card in American English: the default, and the keys other languages translate. */
export const help = {
  'card.help.title': 'Cadence',
  'card.help.intro': 'Small tasks, weekly check-ins, specific feedback. Type one of these:',
  'card.help.summary': 'Cadence help',
  'card.help.command.help': 'Show what Cadence can do.',
  'card.help.command.checkin': 'Answer this week’s check-in now.',
  'card.help.command.tasks': 'List your open tasks.',
  'card.help.command.recognize': 'Recognise a teammate in the channel.',
  'card.help.command.feedback': 'Give a teammate specific, private feedback.',
  'card.help.command.pause': 'Pause your check-ins until a date, e.g. pause 2026-12-31 or pause 2 weeks.',
  'card.help.command.resume': 'Resume your check-ins.',
} as const satisfies Catalog;
