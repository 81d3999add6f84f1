import { FluentProvider, makeStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useConfigT } from '../i18n/en-US/config.ts';
import { ENGLISH, I18nContext, type I18n } from '../i18n/i18n.tsx';
import { loadI18n } from '../i18n/load-i18n.ts';
import { LoadingState } from '../shell/loading-state.tsx';
import { loadFluentTheme, useFluentTheme } from '../shell/use-fluent-theme.ts';
import type { HostTheme } from '../teams/host-theme.ts';
import { connectToTeams, type TeamsHost } from '../teams/teams-sdk.ts';
import { ConfigOutsideTeams, ConfigPage } from './config-page.tsx';

const useStyles = makeStyles({ root: { minHeight: '100dvh' } });

type State = { kind: 'connecting' } | { kind: 'outside' } | { kind: 'teams'; host: TeamsHost };

/** The configuration page of the channel tab (`config.html`), in the language of the Teams context. */
export function ConfigApp() {
  const styles = useStyles();
  const [state, setState] = useState<State>({ kind: 'connecting' });
  const [theme, setTheme] = useState<HostTheme>('default');
  const [i18n, setI18n] = useState<I18n>(ENGLISH);
  const fluent = useFluentTheme(theme);

  useEffect(() => {
    let live = true;
    void (async () => {
      const host = await connectToTeams();
      if (!live) return;
      if (host) {
        setTheme(host.context.theme);
        host.onThemeChange(setTheme);
      }
      // Outside Teams the browser's language is the only hint; a catalog that fails to load leaves English.
      const [language] = await Promise.all([
        loadI18n(host ? host.context.locale : navigator.language).catch(() => ENGLISH),
        host && loadFluentTheme(host.context.theme).catch(() => undefined),
      ]);
      if (!live) return;
      document.documentElement.lang = language.locale;
      setI18n(language);
      setState(host ? { kind: 'teams', host } : { kind: 'outside' });
    })();
    return () => {
      live = false;
    };
  }, []);

  return (
    <I18nContext value={i18n}>
      <FluentProvider theme={fluent.theme} className={styles.root} data-theme={fluent.name}>
        <ConfigContent state={state} />
      </FluentProvider>
    </I18nContext>
  );
}

function ConfigContent({ state }: { state: State }) {
  const t = useConfigT();
  switch (state.kind) {
    case 'connecting':
      return <LoadingState label={t('config.loading')} />;
    case 'outside':
      return <ConfigOutsideTeams />;
    case 'teams':
      return <ConfigPage host={state.host} />;
  }
}
