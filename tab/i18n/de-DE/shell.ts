import type { Message } from '../../../shared/i18n/message.ts';
import type { shell as english } from '../en-US/shell.ts';

/** The shell strings in German: every key of the English catalog, with the same placeholders. */
export const shell: Record<keyof typeof english, Message> = {
  'shell.loading.app': 'Cadence wird geladen…',
  'shell.loading.board': 'Board wird geladen…',
  'shell.loading.goals': 'Ziele werden geladen…',
  'shell.loading.history': 'Verlauf wird geladen…',
  'shell.loading.settings': 'Einstellungen werden geladen…',
  'shell.loading.dashboard': 'Dashboard wird geladen…',
  'shell.view.board': 'Board',
  'shell.view.goals': 'Ziele',
  'shell.view.history': 'Verlauf',
  'shell.view.settings': 'Einstellungen',
  'shell.view.dashboard': 'Dashboard',
  'shell.error.startTitle': 'Cadence konnte nicht gestartet werden',
  'shell.error.retry': 'Erneut versuchen',
  'shell.error.screenTitle': 'Diese Ansicht konnte nicht angezeigt werden',
  'shell.error.screenMessage':
    'Cadence wurde vielleicht aktualisiert, seit diese Registerkarte geöffnet wurde. Lade sie neu, um die neueste Version zu erhalten.',
  'shell.failure.timeout': 'Cadence hat nicht rechtzeitig geantwortet.',
  'shell.failure.unreachable': 'Cadence ist nicht erreichbar. Überprüfe deine Verbindung.',
  'shell.failure.signIn': 'Cadence konnte deine Anmeldung nicht bestätigen. Versuche es noch einmal.',
  'shell.failure.notMember':
    'Du gehörst in Cadence noch nicht zu diesem Team. Bitte eine Teamleitung, dich hinzuzufügen.',
  'shell.failure.notInstalled':
    'Cadence ist für dieses Team noch nicht eingerichtet. Bitte einen Teambesitzer, die Cadence-App hinzuzufügen.',
  'shell.failure.status': 'Cadence hat mit einem Fehler geantwortet ({status}). Versuche es noch einmal.',
  'shell.failure.other': 'Etwas ist schiefgelaufen. Versuche es noch einmal.',
  'shell.session.teamsSignIn': 'Teams konnte dich nicht bei Cadence anmelden{reason}.',
  'shell.session.outsideTeams':
    'Cadence läuft in Microsoft Teams. Öffne es über die Registerkarte in deinem Teamkanal, oder führe `npm run dev` aus, um es auf diesem Computer mit dem Demoteam auszuprobieren.',
  'shell.session.nobodyToSignIn': 'Im Demoteam gibt es niemanden, als den du dich anmelden kannst.',
  'shell.session.localSignIn':
    'Die lokale Anmeldung ist fehlgeschlagen: Ist das Demoteam geladen (`npm run seed`)?',
  'shell.local.mode': 'Lokaler Modus',
  'shell.local.signedInAs': 'Angemeldet als',
  'shell.local.leader': '{name} (Leitung)',
  'shell.local.member': '{name} (Mitglied)',
};
