import type { LocalDemoPerson } from '../../shared/api/local-demo.ts';
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
}

/** A start-up failure with the words to show and the reason to give the host. */
export class SessionError extends Error {
  override readonly name = 'SessionError';

  constructor(
    message: string,
    readonly kind: FailureKind = 'other',
  ) {
    super(message);
  }
}
