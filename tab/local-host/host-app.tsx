import {
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { FLUENT_THEMES } from '../shell/fluent-themes.ts';
import type { HostTheme } from '../teams/host-theme.ts';
import type { HostSnapshot } from './host-answers.ts';
import { HostControls } from './host-controls.tsx';
import { hostProbe } from './host-probe.ts';
import { initialSettings, rememberHostUser, type HostSettings } from './host-settings.ts';
import { HostStage } from './host-stage.tsx';
import { HostStatus } from './host-status.tsx';
import { useDemoTeam } from './use-demo-team.ts';
import { useHostBridge, type SavedTab } from './use-host-bridge.ts';
import { randomId } from '../format/random-id.ts';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100dvh',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  stage: {
    flex: '1 1 auto',
    minHeight: 0,
    display: 'flex',
    justifyContent: 'center',
    padding: tokens.spacingHorizontalM,
  },
});

/** Plays Microsoft Teams for the tab in an iframe, so the tab runs as it does in Teams, with no tenant. */
export function HostApp() {
  const styles = useStyles();
  const { demo, error } = useDemoTeam();
  const [settings, setSettings] = useState<HostSettings>(initialSettings);
  const [sessionId] = useState(randomId);
  const [saved, setSaved] = useState<SavedTab>({});
  const snapshot = useRef<HostSnapshot | undefined>(undefined);

  const onSaved = useCallback((tab: SavedTab) => {
    setSaved(tab);
    setSettings((s) => ({ ...s, page: 'tab' }));
  }, []);
  const bridge = useHostBridge(snapshot, onSaved);

  const user = demo?.people.find((p) => p.userId === settings.userId) ?? demo?.people.find((p) => p.isLeader);
  const configuring = settings.page === 'config';
  const src = configuring
    ? '/config.html'
    : (saved.contentUrl ?? `/index.html?view=${encodeURIComponent(settings.view)}`);

  useEffect(() => {
    snapshot.current =
      demo && user
        ? {
            demo,
            user,
            theme: settings.theme,
            locale: settings.locale,
            frameContext: configuring ? 'settings' : 'content',
            entityId: configuring ? undefined : saved.entityId,
            subPageId: configuring ? undefined : settings.subPageId,
            sessionId,
            personal: !configuring && settings.view === 'mine',
            savedConfig: hostProbe.savedConfig,
          }
        : undefined;
  });

  // The address keeps the settings, so a reload or a shared link opens the same host.
  useEffect(() => {
    const url = new URL(window.location.href);
    if (user) url.searchParams.set('user', user.userId);
    url.searchParams.set('theme', settings.theme);
    url.searchParams.set('width', settings.width);
    url.searchParams.set('page', settings.page);
    window.history.replaceState(window.history.state, '', url);
  }, [user, settings.theme, settings.width, settings.page]);

  const change = (patch: Partial<HostSettings>, remount: boolean) => {
    setSettings((s) => ({ ...s, ...patch }));
    if (remount) bridge.remount();
  };
  const changeTheme = (theme: HostTheme) => {
    change({ theme }, false);
    bridge.send('themeChange', [theme]);
  };

  return (
    <FluentProvider theme={FLUENT_THEMES[settings.theme]} className={styles.root} data-testid="host">
      <header className={styles.header}>
        <div>
          <Subtitle2 as="h1">Cadence · local Teams host</Subtitle2>{' '}
          <Caption1>Plays Microsoft Teams for the tab: start-up, context, theme and sign-in.</Caption1>
        </div>
        {demo && user && (
          <HostControls
            people={demo.people}
            userId={user.userId}
            theme={settings.theme}
            width={settings.width}
            page={settings.page}
            onUser={(userId) => {
              rememberHostUser(userId);
              change({ userId }, true);
            }}
            onTheme={changeTheme}
            onWidth={(width) => change({ width }, false)}
            onPage={(page) => change({ page }, true)}
            onReload={bridge.remount}
          />
        )}
        <HostStatus status={bridge.status} messages={bridge.messages} />
      </header>
      <main className={styles.stage}>
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>
              The demo team is not available ({error}). The local host runs with `npm run dev`.
            </MessageBarBody>
          </MessageBar>
        )}
        {!demo && !error && <Spinner label="Loading the demo team…" />}
        {demo && user && (
          <HostStage
            src={src}
            width={settings.width}
            frameKey={bridge.frameKey}
            attachFrame={bridge.attachFrame}
            config={
              configuring
                ? {
                    valid: bridge.valid,
                    saveError: bridge.saveError,
                    onSave: () => bridge.send('settings.save', [{}]),
                  }
                : undefined
            }
          />
        )}
      </main>
    </FluentProvider>
  );
}
