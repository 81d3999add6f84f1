import { Badge, Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { BoardResponse } from '../../shared/api/board.ts';
import { TASK_STATUSES } from '../../shared/domain/task.ts';

const LABELS = { todo: 'To do', doing: 'Doing', blocked: 'Blocked', done: 'Done' } as const;

const useStyles = makeStyles({
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** A read-only board: the four status columns with their tasks. */
export function BoardColumns({ board }: { board: BoardResponse }) {
  const styles = useStyles();
  const names = new Map(board.members.map((m) => [m.userId, m.name]));
  return (
    <div className={styles.columns}>
      {TASK_STATUSES.map((status) => {
        const tasks = board.tasks.filter((task) => task.status === status);
        return (
          <section key={status} className={styles.column} aria-label={LABELS[status]}>
            <Text weight="semibold">
              {LABELS[status]} <Badge appearance="tint">{tasks.length}</Badge>
            </Text>
            {tasks.map((task) => (
              <Card key={task.id} size="small">
                <Text>{task.title}</Text>
                <Text size={200}>{task.assigneeId ? names.get(task.assigneeId) : 'Unassigned'}</Text>
              </Card>
            ))}
          </section>
        );
      })}
    </div>
  );
}
