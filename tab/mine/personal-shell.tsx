import { Body1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { useMineT } from '../i18n/en-US/mine.ts';
import { MineScreen } from './mine-screen.tsx';
import type { PersonalShellProps } from './personal-entry.tsx';

/** Local mode only, so it stays out of the first load in Teams. */
const LocalUserPicker = lazy(() =>
  import('../local/local-user-picker.tsx').then((m) => ({ default: m.LocalUserPicker })),
);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: '100dvh', minWidth: 0 },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0`,
  },
  heading: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  title: { margin: 0, overflowWrap: 'anywhere' },
  main: { flexGrow: 1, minWidth: 0, padding: tokens.spacingHorizontalL },
});

/** The personal tab: the person's own work across their teams; no team, no board, no screen tabs. */
export function PersonalShell({ session, onSwitchLocalUser }: PersonalShellProps) {
  const styles = useStyles();
  const t = useMineT();
  return (
    <div className={styles.root} data-testid="personal-shell">
      <header className={styles.header}>
        <div className={styles.heading}>
          <Title3 as="h1" className={styles.title} data-testid="mine-title">
            {t('mine.title')}
          </Title3>
          <Body1>{t('mine.subtitle')}</Body1>
        </div>
        {session.local && (
          <Suspense>
            <LocalUserPicker
              user={session.local.user}
              people={session.local.people}
              onSwitch={onSwitchLocalUser}
            />
          </Suspense>
        )}
      </header>
      <main className={styles.main} data-testid="screen-mine">
        <MineScreen session={session} />
      </main>
    </div>
  );
}
