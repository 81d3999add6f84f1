import { Title3, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { useTeamData } from './team-data.ts';

/** Local mode only, so it stays out of the first load in Teams. */
const LocalUserPicker = lazy(() =>
  import('../local/local-user-picker.tsx').then((m) => ({ default: m.LocalUserPicker })),
);

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0`,
  },
  title: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
});

export function AppHeader({ onSwitchLocalUser }: { onSwitchLocalUser(userId: string): void }) {
  const styles = useStyles();
  const { board, session } = useTeamData();
  return (
    <header className={styles.root} data-testid="app-header">
      <Title3 as="h1" className={styles.title} data-testid="team-name">
        {board.team.name}
      </Title3>
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
  );
}
