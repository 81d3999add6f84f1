import type { Catalog } from '../../../shared/i18n/message.ts';
import { createTranslator, type Translate } from '../../../shared/i18n/translate.ts';
import { useTranslator } from '../i18n.tsx';

/**
 * The shell strings in American English: the default, and the keys other languages translate. They ship
 * in the entry chunk (start-up, errors, the screen tabs), so keep them few.
 */
export const shell = {
  'shell.loading.app': 'Loading Cadence…',
  'shell.loading.board': 'Loading board…',
  'shell.loading.goals': 'Loading goals…',
  'shell.loading.history': 'Loading history…',
  'shell.loading.settings': 'Loading settings…',
  'shell.loading.dashboard': 'Loading dashboard…',
  'shell.view.board': 'Board',
  'shell.view.goals': 'Goals',
  'shell.view.history': 'History',
  'shell.view.settings': 'Settings',
  'shell.view.dashboard': 'Dashboard',
  'shell.error.startTitle': 'Cadence could not start',
  'shell.error.retry': 'Try again',
  'shell.error.screenTitle': 'This screen could not be shown',
  'shell.error.screenMessage':
    'Cadence may have been updated since this tab opened. Reload to get the latest version.',
  'shell.failure.timeout': 'Cadence did not answer in time.',
  'shell.failure.unreachable': 'Cadence could not be reached. Check your connection.',
  'shell.failure.signIn': 'Cadence could not confirm your sign-in. Try again.',
  'shell.failure.notMember': 'You are not on this team in Cadence yet. Ask a team leader to add you.',
  'shell.failure.notInstalled':
    'Cadence is not set up for this team yet. Ask a team owner to add the Cadence app.',
  'shell.failure.status': 'Cadence answered with an error ({status}). Try again.',
  'shell.failure.other': 'Something went wrong. Try again.',
  'shell.session.teamsSignIn': 'Teams could not sign you in to Cadence{reason}.',
  'shell.session.outsideTeams':
    'Cadence runs inside Microsoft Teams. Open it from its tab in your team channel, or run `npm run dev` to try it on this computer with the demo team.',
  'shell.session.nobodyToSignIn': 'The demo team has nobody to sign in as.',
  'shell.session.localSignIn': 'Local sign-in failed: is the demo team loaded (`npm run seed`)?',
  'shell.local.mode': 'Local mode',
  'shell.local.signedInAs': 'Signed in as',
  'shell.local.leader': '{name} (leader)',
  'shell.local.member': '{name} (member)',
} as const satisfies Catalog;

export type ShellKey = keyof typeof shell;

export type ShellT = Translate<ShellKey>;

export function useShellT(): ShellT {
  return useTranslator(shell);
}

/** The shell in English, for words that are not shown in the tab (what the Teams host is told). */
export const englishShellT: ShellT = createTranslator('en-US', shell);
