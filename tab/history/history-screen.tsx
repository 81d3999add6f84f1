import { Avatar, Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useContentShown } from '../shell/use-content-shown.ts';
import { useTeamData } from '../shell/team-data.ts';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 220px), 1fr))',
    gap: tokens.spacingVerticalS,
    margin: `${tokens.spacingVerticalM} 0 0`,
    padding: 0,
  },
  person: {
    listStyleType: 'none',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  name: { overflowWrap: 'anywhere' },
});

/** The history screen (placeholder until the feedback history lands): the people whose history it will show. */
export function HistoryScreen() {
  const styles = useStyles();
  const { board } = useTeamData();
  useContentShown('history');
  return (
    <section aria-label="People" data-testid="history-people">
      <Body1>Feedback, recognition and check-ins for each person of the team.</Body1>
      <ul className={styles.list}>
        {board.members.map((member) => (
          <li key={member.userId} className={styles.person}>
            <Avatar name={member.name} size={32} />
            <div>
              <Body1 className={styles.name}>{member.name}</Body1>
              <br />
              <Caption1>{member.isLeader ? 'Leader' : 'Member'}</Caption1>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
