import { makeStyles, tokens } from '@fluentui/react-components';
import { useMineT } from '../i18n/en-US/mine.ts';
import { AppHeader } from '../shell/app-header.tsx';
import { MineScreen } from './mine-screen.tsx';
import type { PersonalShellProps } from './personal-entry.tsx';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: '100dvh', minWidth: 0 },
  main: { flexGrow: 1, minWidth: 0, padding: tokens.spacingHorizontalL },
});

/** The personal tab: the person's own work across their teams; no team, no board, no screen tabs. */
export function PersonalShell({ session, onSwitchLocalUser }: PersonalShellProps) {
  const styles = useStyles();
  const t = useMineT();
  return (
    <div className={styles.root} data-testid="personal-shell">
      <AppHeader
        title={t('mine.title')}
        subtitle={t('mine.subtitle')}
        titleTestId="mine-title"
        local={session.local}
        onSwitchLocalUser={onSwitchLocalUser}
      />
      <main className={styles.main} data-testid="screen-mine">
        <MineScreen session={session} />
      </main>
    </div>
  );
}
