import { FluentProvider, makeStyles } from '@fluentui/react-components';
import { useShellT } from './i18n/en-US/shell.ts';
import { I18nContext } from './i18n/i18n.tsx';
import { PersonalEntry } from './mine/personal-entry.tsx';
import { ErrorView } from './shell/error-view.tsx';
import { LoadingState } from './shell/loading-state.tsx';
import { Shell } from './shell/shell.tsx';
import { TeamDataContext, type TeamData } from './shell/team-data.ts';
import { useFluentTheme } from './shell/use-fluent-theme.ts';
import { useTeamLoad, type LoadState } from './shell/use-team-load.ts';

const useStyles = makeStyles({
  root: { minHeight: '100dvh' },
});

export function App() {
  const styles = useStyles();
  const { state, theme, i18n, data, retry, switchLocalUser } = useTeamLoad();
  const fluent = useFluentTheme(theme);
  return (
    <I18nContext value={i18n}>
      <FluentProvider theme={fluent.theme} className={styles.root} data-theme={fluent.name}>
        <AppContent state={state} data={data} retry={retry} switchLocalUser={switchLocalUser} />
      </FluentProvider>
    </I18nContext>
  );
}

/** Inside the language context, so start-up states speak the tab's language. */
function AppContent({
  state,
  data,
  retry,
  switchLocalUser,
}: {
  state: LoadState;
  data: TeamData | undefined;
  retry(): void;
  switchLocalUser(userId: string): void;
}) {
  const t = useShellT();
  return (
    <>
      {state.kind === 'loading' && <LoadingState label={t('shell.loading.app')} />}
      {state.kind === 'failed' && (
        <ErrorView title={t('shell.error.startTitle')} message={state.message} onRetry={retry} />
      )}
      {state.kind === 'personal' && (
        <PersonalEntry session={state.session} onSwitchLocalUser={switchLocalUser} />
      )}
      {data && (
        <TeamDataContext value={data}>
          <Shell onSwitchLocalUser={switchLocalUser} />
        </TeamDataContext>
      )}
    </>
  );
}
