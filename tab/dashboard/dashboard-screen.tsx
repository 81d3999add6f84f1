import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useDashboardT } from '../i18n/en-US/dashboard.ts';
import { useShellT } from '../i18n/en-US/shell.ts';
import { describeFailure } from '../shell/describe-failure.ts';
import { ErrorState } from '../shell/error-state.tsx';
import { LoadingState } from '../shell/loading-state.tsx';
import { useTeamData } from '../shell/team-data.ts';
import { useContentShown } from '../shell/use-content-shown.ts';
import { CsvExportButton } from './csv-export-button.tsx';
import {
  BlockersSection,
  ConfidenceSection,
  FeedbackSection,
  GoalsSection,
  ParticipationSection,
  RecognitionSection,
  RecurringSection,
  WipSection,
} from './dashboard-sections.tsx';
import { useDashboard } from './use-dashboard.ts';

export const DASHBOARD_WEEKS = 8;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  grid: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 320px), 1fr))',
  },
});

/** The leader dashboard: the accountability figures over the last 8 weeks, with a CSV export. */
export function DashboardScreen() {
  const { board } = useTeamData();
  if (!board.me.isLeader) return <LeadersOnly />;
  return <LeaderDashboard />;
}

function LeadersOnly() {
  const t = useDashboardT();
  useContentShown('dashboard');
  return (
    <MessageBar intent="info" layout="multiline" data-testid="dashboard-leaders-only">
      <MessageBarBody>{t('dashboard.screen.leadersOnly')}</MessageBarBody>
    </MessageBar>
  );
}

function LeaderDashboard() {
  const styles = useStyles();
  const t = useDashboardT();
  const shellT = useShellT();
  useContentShown('dashboard');
  const state = useDashboard(DASHBOARD_WEEKS);
  if (state.kind === 'loading') return <LoadingState label={t('dashboard.screen.loading')} />;
  if (state.kind === 'failed') {
    return (
      <ErrorState
        title={t('dashboard.screen.loadFailed')}
        message={describeFailure(state.error, shellT).message}
        onRetry={state.reload}
      />
    );
  }
  const { figures } = state;
  return (
    <section className={styles.root} aria-labelledby="dashboard-heading" data-testid="dashboard">
      <div className={styles.header}>
        <h1 id="dashboard-heading" className={styles.heading}>
          {t('dashboard.screen.heading', {
            count: figures.weeks.length,
            from: figures.weeks[0] ?? '',
            to: figures.weeks.at(-1) ?? '',
          })}
        </h1>
        <CsvExportButton figures={figures} />
      </div>
      <div className={styles.grid}>
        <ParticipationSection figures={figures} />
        <ConfidenceSection figures={figures} />
        <BlockersSection figures={figures} />
        <RecurringSection figures={figures} />
        <WipSection figures={figures} />
        <FeedbackSection figures={figures} />
        <RecognitionSection figures={figures} />
        <GoalsSection figures={figures} />
      </div>
    </section>
  );
}
