import {
  Body1,
  Caption1,
  Card,
  CardHeader,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useContentShown } from '../shell/use-content-shown.ts';
import { useTeamData } from '../shell/team-data.ts';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0 },
  item: { listStyleType: 'none' },
  statement: { overflowWrap: 'anywhere' },
});

/** The goals screen (placeholder until the goals view lands): each goal with its tasks done and its measure. */
export function GoalsScreen() {
  const styles = useStyles();
  const { board } = useTeamData();
  useContentShown('goals');
  const names = new Map(board.members.map((m) => [m.userId, m.name]));
  if (board.goals.length === 0) return <Body1>No goals yet.</Body1>;
  return (
    <ul className={styles.list} data-testid="goal-list">
      {board.goals.map((goal) => {
        const tasks = board.tasks.filter((t) => t.goalId === goal.id);
        const done = tasks.filter((t) => t.status === 'done').length;
        const { measure } = goal;
        return (
          <li key={goal.id} className={styles.item}>
            <Card data-testid="goal-card">
              <CardHeader
                header={
                  <Text as="h2" weight="semibold" className={styles.statement}>
                    {goal.statement}
                  </Text>
                }
                description={<Caption1>Owner: {names.get(goal.ownerId) ?? 'Former member'}</Caption1>}
              />
              <ProgressBar
                value={tasks.length === 0 ? 0 : done / tasks.length}
                aria-label={`${done} of ${tasks.length} tasks done`}
              />
              <Caption1>
                {done} of {tasks.length} tasks done
                {measure &&
                  ` · ${measure.metric}: ${measure.baseline} → ${measure.target}${measure.unit ? ` ${measure.unit}` : ''}`}
              </Caption1>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
