import type { Message } from '../../../shared/i18n/message.ts';
import type { config as english } from '../en-US/config.ts';

/** The config strings in German: every key of the English catalog, with the same placeholders. */
export const config: Record<keyof typeof english, Message> = {
  'config.loading': 'Wird geladen…',
  'config.title': 'Cadence zu diesem Kanal hinzufügen',
  'config.intro':
    'Die Registerkarte zeigt die Ziele, Aufgaben und das Feedback deines Teams. Wähle ihren Namen und die Ansicht, mit der sie sich öffnet, und wähle dann „Speichern“ aus.',
  'config.name.label': 'Name der Registerkarte',
  'config.name.hint': 'Wird auf der Registerkarte in deinem Kanal angezeigt.',
  'config.name.required': 'Gib der Registerkarte einen Namen.',
  'config.name.tooLong': 'Der Name darf höchstens {max} Zeichen lang sein.',
  'config.view.label': 'Öffnen mit',
  'config.outside.title': 'Cadence in Teams einrichten',
  'config.outside.body':
    'Teams zeigt diese Seite an, wenn du Cadence als Registerkarte zu einem Kanal hinzufügst. Für sich allein geöffnet gibt es hier nichts einzurichten.',
  'config.outside.openBoard': 'Board öffnen',
};
