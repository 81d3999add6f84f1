import { FluentProvider, makeStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { usableLocale } from '../format/locale.ts';
import { FLUENT_THEMES } from '../shell/fluent-themes.ts';
import { LoadingState } from '../shell/loading-state.tsx';
import type { HostTheme } from '../teams/host-theme.ts';
import { connectToTeams, type TeamsHost } from '../teams/teams-sdk.ts';
import { ConfigOutsideTeams, ConfigPage } from './config-page.tsx';

const useStyles = makeStyles({ root: { minHeight: '100dvh' } });

type State = { kind: 'connecting' } | { kind: 'outside' } | { kind: 'teams'; host: TeamsHost };

/** The configuration page of the channel tab (`config.html`). */
export function ConfigApp() {
  const styles = useStyles();
  const [state, setState] = useState<State>({ kind: 'connecting' });
  const [theme, setTheme] = useState<HostTheme>('default');

  useEffect(() => {
    let live = true;
    void connectToTeams().then((host) => {
      if (!live) return;
      if (!host) return setState({ kind: 'outside' });
      document.documentElement.lang = usableLocale(host.context.locale);
      setTheme(host.context.theme);
      host.onThemeChange(setTheme);
      setState({ kind: 'teams', host });
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <FluentProvider theme={FLUENT_THEMES[theme]} className={styles.root} data-theme={theme}>
      {state.kind === 'connecting' && <LoadingState label="Loading…" />}
      {state.kind === 'outside' && <ConfigOutsideTeams />}
      {state.kind === 'teams' && <ConfigPage host={state.host} />}
    </FluentProvider>
  );
}
