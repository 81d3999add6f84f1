import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useMineT } from '../i18n/en-US/mine.ts';
import { useShellT } from '../i18n/en-US/shell.ts';
import type { PersonalSession } from '../session/session.ts';
import { describeFailure } from '../shell/describe-failure.ts';
import { ErrorView } from '../shell/error-view.tsx';
import { LoadingState } from '../shell/loading-state.tsx';
import { TeamWorkSection } from './team-work-section.tsx';
import { useMyWork } from './use-my-work.ts';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXL,
    maxWidth: '960px',
    minWidth: 0,
  },
  empty: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '60ch' },
});

/** "My tasks": per team, the person's open tasks and this week's check-in. */
export function MineScreen({ session }: { session: PersonalSession }) {
  const styles = useStyles();
  const t = useMineT();
  const shellT = useShellT();
  const { state, retry } = useMyWork(session);
  if (state.kind === 'loading') return <LoadingState label={t('mine.loading')} />;
  if (state.kind === 'failed') {
    const { message } = describeFailure(state.error, shellT);
    return <ErrorView title={t('mine.error.title')} message={message} onRetry={retry} />;
  }
  const { teams } = state.work;
  if (teams.length === 0) {
    return (
      <div className={styles.empty} data-testid="mine-no-teams">
        <Subtitle2 as="h2">{t('mine.noTeams.title')}</Subtitle2>
        <Body1>{t('mine.noTeams.body')}</Body1>
      </div>
    );
  }
  return (
    <div className={styles.list} data-testid="mine-teams">
      {teams.map((team) => (
        <TeamWorkSection key={team.teamId} team={team} session={session} />
      ))}
    </div>
  );
}
