import {
  FluentProvider,
  MessageBar,
  Spinner,
  Title3,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { BoardResponse } from '../shared/api/board.ts';
import { createApiClient } from './api/api-client.ts';
import { BoardColumns } from './board/board-columns.tsx';
import { LOCAL_DEMO, localToken } from './local-mode.ts';
import { connectToHost, type HostTheme } from './teams/teams-sdk.ts';

const THEMES = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

type State =
  { kind: 'loading' } | { kind: 'ready'; board: BoardResponse } | { kind: 'error'; message: string };

export function App() {
  const [theme, setTheme] = useState<HostTheme>('default');
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const host = await connectToHost(localToken);
      setTheme(host.theme);
      host.onThemeChange(setTheme);
      try {
        const board = await createApiClient(host.getToken).board(host.teamId ?? LOCAL_DEMO.teamId);
        if (cancelled) return;
        setState({ kind: 'ready', board });
        host.notifyReady();
      } catch (error) {
        const message = error instanceof Error ? error.message : 'The board could not be loaded.';
        if (!cancelled) setState({ kind: 'error', message });
        host.notifyFailure(message);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <FluentProvider theme={THEMES[theme]} style={{ minHeight: '100vh', padding: tokens.spacingHorizontalL }}>
      {state.kind === 'loading' && <Spinner label="Loading the board…" />}
      {state.kind === 'error' && <MessageBar intent="error">{state.message}</MessageBar>}
      {state.kind === 'ready' && (
        <main>
          <Title3 as="h1">{state.board.team.name}</Title3>
          <BoardColumns board={state.board} />
        </main>
      )}
    </FluentProvider>
  );
}
