import { makeStyles, tokens } from '@fluentui/react-components';
import type { Lane, LaneGrouping } from '../../shared/rules/board-view.ts';
import type { VersionedTask } from '../api/api-client.ts';
import { BoardColumn } from './board-column.tsx';
import { useBoardT } from '../i18n/en-US/board.ts';
import type { CardEnv } from './card-env.ts';
import { laneTitle } from './lane-title.ts';
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
export function BoardLanes({
  lanes,
  grouping,
  env,
}: {
  lanes: Lane<VersionedTask>[];
  grouping: LaneGrouping;
  env: CardEnv;
}) {
  const styles = useStyles();
  const t = useBoardT();
  const single = grouping === 'none';
  return (
    <div className={styles.lanes}>
      {lanes.map((lane) => {
        const title = laneTitle(lane, grouping, env, t);
        return (
          <section
            key={lane.id}
            className={styles.lane}
            aria-label={
              single ? t('board.lane.columns') : t('board.lane.label', { title, count: lane.count })
            }
            data-testid={`board-lane-${lane.id}`}
          >
            {!single && <h2 className={styles.laneTitle}>{title}</h2>}
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
        );
      })}
    </div>
  );
}
