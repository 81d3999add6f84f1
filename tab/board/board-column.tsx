import { useDroppable } from '@dnd-kit/core';
import { CounterBadge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { TaskStatus } from '../../shared/domain/task-status.ts';
import type { VersionedTask } from '../api/api-client.ts';
import { useBoardT } from '../i18n/en-US/board.ts';
import type { CardEnv } from './card-env.ts';
import { STATUS_LABELS } from './task-status.ts';
import { TaskCard } from './task-card.tsx';

const CARD_ESTIMATE_PX = 96;
const GAP_PX = 8;

const useStyles = makeStyles({
  column: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    padding: tokens.spacingHorizontalS,
    gap: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    outline: `${tokens.strokeWidthThick} solid transparent`,
  },
  over: { outlineColor: tokens.colorBrandStroke1 },
  heading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  scroller: { overflowY: 'auto', overflowX: 'hidden', maxHeight: '70dvh', minHeight: '4rem' },
  laneScroller: { maxHeight: '24rem' },
  list: { position: 'relative', margin: 0, padding: 0, listStyleType: 'none' },
  empty: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

interface BoardColumnProps {
  laneId: string;
  status: TaskStatus;
  tasks: VersionedTask[];
  env: CardEnv;
  inLane: boolean;
}

/** One status column of a lane: a drop target whose cards are virtualized, so only visible ones render. */
export function BoardColumn({ laneId, status, tasks, env, inLane }: BoardColumnProps) {
  const styles = useStyles();
  const t = useBoardT();
  const scrollRef = useRef<HTMLDivElement>(null);
  const { setNodeRef, isOver } = useDroppable({ id: `${laneId}|${status}`, data: { status } });
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read in render by design
  const virtualizer = useVirtualizer({
    count: tasks.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_ESTIMATE_PX,
    getItemKey: (index) => tasks[index]?.id ?? index,
    gap: GAP_PX,
    overscan: 2,
  });
  const headingId = `column-${laneId}-${status}`;
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      className={mergeClasses(styles.column, isOver && styles.over)}
      data-testid={laneId === 'all' ? `board-column-${status}` : `board-column-${laneId}-${status}`}
    >
      <h3 id={headingId} className={styles.heading}>
        {t(STATUS_LABELS[status])}
        <CounterBadge count={tasks.length} showZero appearance="ghost" color="informative" />
      </h3>
      <div ref={scrollRef} className={mergeClasses(styles.scroller, inLane && styles.laneScroller)}>
        {tasks.length === 0 ? (
          <p className={styles.empty}>{t('board.column.empty')}</p>
        ) : (
          <ul
            className={styles.list}
            aria-labelledby={headingId}
            style={{ height: virtualizer.getTotalSize() }}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const task = tasks[item.index];
              return task ? (
                <TaskCard
                  key={item.key}
                  task={task}
                  env={env}
                  index={item.index}
                  count={tasks.length}
                  start={item.start}
                  measure={virtualizer.measureElement}
                />
              ) : null;
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
