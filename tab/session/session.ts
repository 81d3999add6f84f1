import type { LocalDemoPerson } from '../../shared/api/local-demo.ts';
import type { MessageParams } from '../../shared/i18n/message.ts';
import { englishShellT, type ShellKey } from '../i18n/en-US/shell.ts';
import type { FailureKind } from '../teams/teams-sdk.ts';
import type { HostTheme } from '../teams/host-theme.ts';

/** Who the tab runs for and how it reaches the API: inside Teams, or in local mode in a plain browser. */
export interface Session {
  mode: 'teams' | 'local';
  teamId: string;
  /** From the Teams context or the demo team; the board's own name replaces it once loaded. */
  teamName?: string;
  locale: string;
  theme: HostTheme;
  /** What a deep link asked the tab to open, such as `task:<id>` (see shared/api/tab-links.ts). */
  subPageId?: string;
  /** Local mode: the demo person the tab signs in as, and who else it could be. */
  local?: { user: LocalDemoPerson; people: LocalDemoPerson[] };
  getToken(): Promise<string>;
  /** Returns the unsubscribe function. */
  onThemeChange(handler: (theme: HostTheme) => void): () => void;
  /** Tells the host the first screen shows content; only the first word (success or failure) counts. */
  notifySuccess(): void;
  /** Tells the host the tab could not start. */
  notifyFailure(kind: FailureKind, message: string): void;
  /** Opens a link the way the host wants it (Teams deep links through Teams); absent: an ordinary link. */
  openLink?(url: string): void;
}

/** The personal tab "My tasks": the same host and sign-in, but no team (see tab/mine/personal-view.ts). */
export type PersonalSession = Omit<Session, 'teamId' | 'teamName' | 'subPageId'> & { personal: true };

export function personalSessionOf(session: Session): PersonalSession {
  const { teamId: _teamId, teamName: _teamName, subPageId: _subPageId, ...rest } = session;
  return { ...rest, personal: true };
}

/**
 * A start-up failure with the words to show (a shell message, shown in the tab's language) and the
 * reason to give the host. Its `message` is the English text.
 */
export class SessionError extends Error {
  override readonly name = 'SessionError';

  constructor(
    readonly key: ShellKey,
    readonly kind: FailureKind = 'other',
    readonly params?: MessageParams,
  ) {
    super(englishShellT(key, params));
  }
}
