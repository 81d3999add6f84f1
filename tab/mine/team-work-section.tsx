import { Body1, Caption1, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { MyTeamWork } from '../../shared/api/my-work.ts';
import { useMineT } from '../i18n/en-US/mine.ts';
import type { PersonalSession } from '../session/session.ts';
import { CheckInSummary } from './check-in-summary.tsx';
import { MyTaskItem } from './my-task-item.tsx';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
  },
  name: { margin: 0, overflowWrap: 'anywhere', minWidth: 0 },
  tasks: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
});

/** One team: this week's check-in, then the person's open tasks there, soonest due first. */
export function TeamWorkSection({ team, session }: { team: MyTeamWork; session: PersonalSession }) {
  const styles = useStyles();
  const t = useMineT();
  const headingId = useId();
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="mine-team">
      <div className={styles.heading}>
        <Subtitle1 as="h2" id={headingId} className={styles.name}>
          {team.teamName}
        </Subtitle1>
        <Caption1>{t('mine.team.tasks', { count: team.tasks.length })}</Caption1>
      </div>
      <CheckInSummary checkIn={team.checkIn} locale={session.locale} />
      {team.tasks.length === 0 ? (
        <Body1 data-testid="mine-empty">{t('mine.empty')}</Body1>
      ) : (
        <ul className={styles.tasks} aria-label={t('mine.team.tasksHeading', { team: team.teamName })}>
          {team.tasks.map((task) => (
            <MyTaskItem key={task.id} task={task} session={session} />
          ))}
        </ul>
      )}
    </section>
  );
}
