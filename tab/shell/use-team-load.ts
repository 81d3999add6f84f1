import { useCallback, useEffect, useMemo, useState, type SetStateAction } from 'react';
import type { BoardResponse } from '../../shared/api/board.ts';
import { createApiClient, type ApiClient } from '../api/api-client.ts';
import { createTranslator } from '../../shared/i18n/translate.ts';
import { shell, type ShellT } from '../i18n/en-US/shell.ts';
import { ENGLISH, type I18n } from '../i18n/i18n.tsx';
import { loadI18n } from '../i18n/load-i18n.ts';
import { rememberUserId } from '../local/local-user-store.ts';
import { loadPersonalShell } from '../mine/personal-entry.tsx';
import { isPersonalView } from '../mine/personal-view.ts';
import { connectSession } from '../session/connect-session.ts';
import type { PersonalSession, Session } from '../session/session.ts';
import type { HostTheme } from '../teams/host-theme.ts';
import { describeFailure } from './describe-failure.ts';
import { loadFluentTheme } from './use-fluent-theme.ts';
import { loadScreen } from './screens.tsx';
import type { TeamData } from './team-data.ts';
import { viewFromUrl } from './views.ts';

export type LoadState =
  /** `i18n`: the last language loaded, so a retry or a switch of demo person keeps speaking it. */
  | { kind: 'loading'; i18n: I18n }
  | { kind: 'failed'; message: string; i18n: I18n }
  | { kind: 'ready'; session: Session; api: ApiClient; board: BoardResponse; i18n: I18n }
  | { kind: 'personal'; session: PersonalSession; i18n: I18n };

export interface TeamLoad {
  state: LoadState;
  theme: HostTheme;
  /** English until the Teams locale's catalog is first loaded (with the board, or for a failure). */
  i18n: I18n;
  /** Set once ready. */
  data?: TeamData;
  retry(): void;
  /** Local mode: sign in as another demo person (remembered for the next visit). */
  switchLocalUser(userId: string): void;
}

/** Connects to the host (or local mode), follows its theme, and reads the team's board. */
export function useTeamLoad(): TeamLoad {
  const [attempt, setAttempt] = useState(0);
  const [localUserId, setLocalUserId] = useState<string>();
  const [state, setState] = useState<LoadState>({ kind: 'loading', i18n: ENGLISH });
  const [theme, setTheme] = useState<HostTheme>('default');

  useEffect(() => {
    const firstScreen = isPersonalView() ? loadPersonalShell() : loadScreen(viewFromUrl());
    let live = true;
    let unsubscribe = () => {};
    void (async () => {
      let session: Session | PersonalSession | undefined;
      try {
        session = await connectSession(localUserId);
        if (!live) return;
        setTheme(session.theme);
        unsubscribe = session.onThemeChange(setTheme);
        // A dark or high-contrast theme's chunk comes with the data, so the content shows in it at once.
        const themeLoad = loadFluentTheme(session.theme).catch(() => undefined);
        if ('personal' in session) {
          const [i18n] = await Promise.all([
            loadI18n(session.locale),
            firstScreen.catch(() => undefined),
            themeLoad,
          ]);
          if (!live) return;
          setState({ kind: 'personal', session, i18n });
          return;
        }
        const api = createApiClient(session.getToken, session.teamId);
        // The first screen's code comes with the data, so both show together; a failed chunk is the
        // screen's own error to show, not the team's.
        const [board, i18n] = await Promise.all([
          api.board(),
          loadI18n(session.locale),
          firstScreen.catch(() => undefined),
          themeLoad,
        ]);
        if (!live) return;
        setState({ kind: 'ready', session, api, board, i18n });
      } catch (error) {
        // Before the session knows the Teams locale, the browser's language is the best guess.
        const i18n = await loadI18n(session?.locale ?? navigator.language).catch(() => ENGLISH);
        const { kind, message } = describeFailure(error, shellTranslator(i18n));
        if (!live) return;
        setState({ kind: 'failed', message, i18n });
        session?.notifyFailure(kind, message);
      }
    })();
    return () => {
      live = false;
      unsubscribe();
    };
  }, [attempt, localUserId]);

  // The page's language is the words' language, whichever way the load ended.
  useEffect(() => {
    document.documentElement.lang = state.i18n.locale;
  }, [state.i18n]);

  const retry = useCallback(() => {
    setState(reloading);
    setAttempt((n) => n + 1);
  }, []);

  const switchLocalUser = useCallback((userId: string) => {
    rememberUserId(userId);
    setState(reloading);
    setLocalUserId(userId);
  }, []);

  const setBoard = useCallback((update: SetStateAction<BoardResponse>) => {
    setState((current) =>
      current.kind === 'ready'
        ? { ...current, board: typeof update === 'function' ? update(current.board) : update }
        : current,
    );
  }, []);

  const ready = state.kind === 'ready' ? state : undefined;
  const data = useMemo<TeamData | undefined>(
    () =>
      ready && {
        session: ready.session,
        api: ready.api,
        board: ready.board,
        setBoard,
        reload: async () => setBoard(await ready.api.board()),
      },
    [ready, setBoard],
  );
  return {
    state,
    theme,
    i18n: state.i18n,
    data,
    retry,
    switchLocalUser,
  };
}

function reloading(current: LoadState): LoadState {
  return { kind: 'loading', i18n: current.i18n };
}

/** The shell's words outside a component: a failure is described before the context provides them. */
function shellTranslator({ locale, translations }: I18n): ShellT {
  return createTranslator(locale, translations ?? shell, shell);
}
