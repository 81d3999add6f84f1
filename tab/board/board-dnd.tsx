import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState, type ReactNode } from 'react';
import type { TaskStatus } from '../../shared/domain/task-status.ts';
import type { VersionedTask } from '../api/api-client.ts';
import { useBoardT, type BoardT } from '../i18n/en-US/board.ts';
import { columnCoordinates } from './keyboard-coordinates.ts';
import { STATUS_LABELS } from './task-status.ts';

const useStyles = makeStyles({
  overlay: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    boxShadow: tokens.shadow16,
    fontWeight: tokens.fontWeightSemibold,
    cursor: 'grabbing',
  },
});

/** The pointer decides where a mouse drop lands; keyboard moves have no pointer, so rectangles do. */
const collisions: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length > 0 ? within : rectIntersection(args);
};

const statusOf = (data: unknown): TaskStatus | undefined =>
  typeof data === 'object' && data !== null && 'status' in data ? (data.status as TaskStatus) : undefined;
const taskOf = (data: unknown): VersionedTask | undefined =>
  typeof data === 'object' && data !== null && 'task' in data ? (data.task as VersionedTask) : undefined;

/** What screen readers hear while a card is dragged. */
function announcementsIn(t: BoardT): Announcements {
  const title = (data: unknown) => taskOf(data)?.title ?? t('board.dnd.task');
  return {
    onDragStart: ({ active }) => t('board.dnd.pickedUp', { title: title(active.data.current) }),
    onDragOver: ({ over }) => {
      const status = statusOf(over?.data.current);
      return status ? t('board.dnd.over', { status: t(STATUS_LABELS[status]) }) : t('board.dnd.notOver');
    },
    onDragEnd: ({ active, over }) => {
      const status = statusOf(over?.data.current);
      return status
        ? t('board.dnd.dropped', { title: title(active.data.current), status: t(STATUS_LABELS[status]) })
        : t('board.dnd.droppedNotMoved', { title: title(active.data.current) });
    },
    onDragCancel: ({ active }) => t('board.dnd.cancelled', { title: title(active.data.current) }),
  };
}

/** Drag and drop of cards between columns, by pointer and by keyboard (Space, arrows, Space). */
export function BoardDnd({
  onMove,
  children,
}: {
  onMove(task: VersionedTask, status: TaskStatus): void;
  children: ReactNode;
}) {
  const styles = useStyles();
  const t = useBoardT();
  const accessibility = useMemo(
    () => ({
      announcements: announcementsIn(t),
      screenReaderInstructions: { draggable: t('board.dnd.instructions') },
    }),
    [t],
  );
  const [dragged, setDragged] = useState<VersionedTask>();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: columnCoordinates,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space'] },
    }),
  );
  const onDragStart = ({ active }: DragStartEvent) => setDragged(taskOf(active.data.current));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(undefined);
    const task = taskOf(active.data.current);
    const status = statusOf(over?.data.current);
    if (task && status) onMove(task, status);
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisions}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(undefined)}
      accessibility={accessibility}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {dragged ? <div className={styles.overlay}>{dragged.title}</div> : null}
      </DragOverlay>
    </DndContext>
  );
}
