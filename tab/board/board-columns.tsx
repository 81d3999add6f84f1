import { Badge, Caption1, Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { BoardResponse } from '../../shared/api/board.ts';
import { formatDay, todayIso } from '../format/dates.ts';
import { BOARD_COLUMNS, STATUS_LABELS } from './task-status.ts';

const useStyles = makeStyles({
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  column: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
  },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  item: { listStyleType: 'none' },
  title: { overflowWrap: 'anywhere' },
  meta: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** A read-only board: the four status columns with their tasks. The full board replaces it. */
export function BoardColumns({ board, locale }: { board: BoardResponse; locale: string }) {
  const styles = useStyles();
  const names = new Map(board.members.map((m) => [m.userId, m.name]));
  const today = todayIso();
  return (
    <div className={styles.columns} data-testid="board-columns">
      {BOARD_COLUMNS.map((status) => {
        const tasks = board.tasks.filter((task) => task.status === status);
        const headingId = `column-${status}`;
        return (
          <section
            key={status}
            className={styles.column}
            aria-labelledby={headingId}
            data-testid={`column-${status}`}
          >
            <h2 id={headingId} className={styles.heading}>
              {STATUS_LABELS[status]} <Badge appearance="tint">{tasks.length}</Badge>
            </h2>
            <ul className={styles.list}>
              {tasks.map((task) => {
                const overdue = task.dueDate !== undefined && task.status !== 'done' && task.dueDate < today;
                return (
                  <li key={task.id} className={styles.item}>
                    <Card size="small" data-testid="task-card">
                      <Text weight="semibold" className={styles.title}>
                        {task.title}
                      </Text>
                      <div className={styles.meta}>
                        <Caption1>
                          {task.assigneeId ? (names.get(task.assigneeId) ?? 'Former member') : 'Unassigned'}
                        </Caption1>
                        {task.dueDate && (
                          <Caption1 className={overdue ? styles.overdue : undefined}>
                            {overdue ? 'Overdue · ' : 'Due '}
                            {formatDay(task.dueDate, locale)}
                          </Caption1>
                        )}
                      </div>
                    </Card>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
