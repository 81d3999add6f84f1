import { makeStyles, tokens } from '@fluentui/react-components';
import type { Lane } from '../../shared/rules/board-view.ts';
import type { VersionedTask } from '../api/api-client.ts';
import { BoardColumn } from './board-column.tsx';
import type { CardEnv } from './card-env.ts';
import { BOARD_COLUMNS } from './task-status.ts';

const useStyles = makeStyles({
  lanes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  lane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  laneTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  columns: {
    display: 'grid',
    // Four columns on a wide tab, fewer as it narrows, one under another on a phone: never wider than the tab.
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 15rem), 1fr))',
    gap: tokens.spacingHorizontalM,
    minWidth: 0,
  },
});

/** The lanes of the board, each with the four status columns. */
export function BoardLanes({ lanes, env }: { lanes: Lane<VersionedTask>[]; env: CardEnv }) {
  const styles = useStyles();
  const single = lanes.length === 1 && lanes[0]?.id === 'none' && lanes[0].title === 'All tasks';
  return (
    <div className={styles.lanes}>
      {lanes.map((lane) => (
        <section
          key={lane.id}
          className={styles.lane}
          aria-label={single ? 'Task columns' : `${lane.title}: ${lane.count} tasks`}
          data-testid={`board-lane-${lane.id}`}
        >
          {!single && <h2 className={styles.laneTitle}>{lane.title}</h2>}
          <div className={styles.columns}>
            {BOARD_COLUMNS.map((status) => (
              <BoardColumn
                key={status}
                laneId={single ? 'all' : lane.id}
                status={status}
                tasks={lane.columns[status]}
                env={env}
                inLane={!single}
              />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
