import { FluentProvider, makeStyles } from '@fluentui/react-components';
import { I18nContext } from './i18n/i18n.tsx';
import { ErrorView } from './shell/error-view.tsx';
import { FLUENT_THEMES } from './shell/fluent-themes.ts';
import { LoadingState } from './shell/loading-state.tsx';
import { Shell } from './shell/shell.tsx';
import { TeamDataContext } from './shell/team-data.ts';
import { useTeamLoad } from './shell/use-team-load.ts';

const useStyles = makeStyles({
  root: { minHeight: '100dvh' },
});

export function App() {
  const styles = useStyles();
  const { state, theme, i18n, data, retry, switchLocalUser } = useTeamLoad();
  return (
    <I18nContext value={i18n}>
      <FluentProvider theme={FLUENT_THEMES[theme]} className={styles.root} data-theme={theme}>
        {state.kind === 'loading' && <LoadingState label="Loading Cadence…" />}
        {state.kind === 'failed' && (
          <ErrorView title="Cadence could not start" message={state.message} onRetry={retry} />
        )}
        {data && (
          <TeamDataContext value={data}>
            <Shell onSwitchLocalUser={switchLocalUser} />
          </TeamDataContext>
        )}
      </FluentProvider>
    </I18nContext>
  );
}
