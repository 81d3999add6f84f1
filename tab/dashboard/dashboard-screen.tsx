import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
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
  useContentShown('dashboard');
  return (
    <MessageBar intent="info" data-testid="dashboard-leaders-only">
      <MessageBarBody>The dashboard is for the team’s leaders.</MessageBarBody>
    </MessageBar>
  );
}

function LeaderDashboard() {
  const styles = useStyles();
  useContentShown('dashboard');
  const state = useDashboard(DASHBOARD_WEEKS);
  if (state.kind === 'loading') return <LoadingState label="Loading the dashboard…" />;
  if (state.kind === 'failed') {
    return (
      <ErrorState
        title="The dashboard did not load"
        message={describeFailure(state.error).message}
        onRetry={state.reload}
      />
    );
  }
  const { figures } = state;
  return (
    <section className={styles.root} aria-labelledby="dashboard-heading" data-testid="dashboard">
      <div className={styles.header}>
        <h1 id="dashboard-heading" className={styles.heading}>
          Last {figures.weeks.length} weeks ({figures.weeks[0]} to {figures.weeks.at(-1)})
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
