import { Body1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { Session } from '../session/session.ts';

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
  heading: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  title: { margin: 0, overflowWrap: 'anywhere' },
});

/** The tab's header: its title (the team's name, or "My tasks"), and in local mode who is signed in. */
export function AppHeader({
  title,
  subtitle,
  titleTestId,
  local,
  onSwitchLocalUser,
}: {
  title: string;
  subtitle?: string;
  titleTestId: string;
  local: Session['local'];
  onSwitchLocalUser(userId: string): void;
}) {
  const styles = useStyles();
  return (
    <header className={styles.root} data-testid="app-header">
      <div className={styles.heading}>
        <Title3 as="h1" className={styles.title} data-testid={titleTestId}>
          {title}
        </Title3>
        {subtitle && <Body1>{subtitle}</Body1>}
      </div>
      {local && (
        <Suspense>
          <LocalUserPicker user={local.user} people={local.people} onSwitch={onSwitchLocalUser} />
        </Suspense>
      )}
    </header>
  );
}
