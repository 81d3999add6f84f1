import { makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useState } from 'react';
import { useShellT } from '../i18n/en-US/shell.ts';
import { AppHeader } from './app-header.tsx';
import { pendingDeepLink, viewOfDeepLink } from './deep-link.ts';
import { LoadingState } from './loading-state.tsx';
import { ScreenErrorBoundary } from './screen-error-boundary.tsx';
import { SCREENS } from './screens.tsx';
import { useTeamData } from './team-data.ts';
import { PANEL_ID, ViewTabs, tabId } from './view-tabs.tsx';
import { VIEW_LOADING, viewFromUrl, writeViewToUrl, type View } from './views.ts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: '100dvh', minWidth: 0 },
  main: { flexGrow: 1, minWidth: 0, padding: tokens.spacingHorizontalL },
});

/** The loaded tab: header, the screen tabs and the current screen. */
export function Shell({ onSwitchLocalUser }: { onSwitchLocalUser(userId: string): void }) {
  const styles = useStyles();
  const t = useShellT();
  const { session, board } = useTeamData();
  const [view, setView] = useState<View>(() => viewOfDeepLink(pendingDeepLink(session)) ?? viewFromUrl());
  const Screen = SCREENS[view];
  const open = (next: View) => {
    writeViewToUrl(next);
    setView(next);
  };
  return (
    <div className={styles.root} data-testid="app-shell">
      <AppHeader
        title={board.team.name}
        titleTestId="team-name"
        local={session.local}
        onSwitchLocalUser={onSwitchLocalUser}
      />
      <ViewTabs view={view} onChange={open} />
      <main className={styles.main} data-testid="main">
        <div role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(view)} data-testid={`screen-${view}`}>
          <ScreenErrorBoundary key={view}>
            <Suspense fallback={<LoadingState label={t(VIEW_LOADING[view])} />}>
              <Screen />
            </Suspense>
          </ScreenErrorBoundary>
        </div>
      </main>
    </div>
  );
}
