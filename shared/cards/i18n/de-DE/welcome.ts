import type { Message } from '../../../i18n/message.ts';
import type { welcome as english } from '../en-US/welcome.ts';

/** The welcome posted at install in German (du-form, as Teams speaks): every key of the English catalog, with the same placeholders. */
export const welcome: Record<keyof typeof english, Message> = {
  'card.welcome.title': 'Cadence ist da',
  'card.welcome.thanks':
    'Danke, {mention}, dass du mich hinzugefügt hast. Ich helfe diesem Team, kleine Zusagen sichtbar zu halten: Ziele, Aufgaben, wöchentliche Check-ins und Anerkennung.',
  'card.welcome.leads':
    '{mention} leitet das Team in Cadence vorerst. Gib help ein, um zu sehen, was ich kann.',
  'card.welcome.someone': 'Teammitglied',
};
