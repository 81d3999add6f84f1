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
import { useState, type ReactNode } from 'react';
import type { TaskStatus } from '../../shared/domain/task-status.ts';
import type { VersionedTask } from '../api/api-client.ts';
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

const announcements: Announcements = {
  onDragStart: ({ active }) => `Picked up ${taskOf(active.data.current)?.title ?? 'task'}.`,
  onDragOver: ({ over }) => {
    const status = statusOf(over?.data.current);
    return status ? `Over ${STATUS_LABELS[status]}.` : 'Not over a column.';
  },
  onDragEnd: ({ active, over }) => {
    const status = statusOf(over?.data.current);
    const title = taskOf(active.data.current)?.title ?? 'Task';
    return status ? `${title} dropped in ${STATUS_LABELS[status]}.` : `${title} dropped, not moved.`;
  },
  onDragCancel: ({ active }) => `Moving ${taskOf(active.data.current)?.title ?? 'task'} was cancelled.`,
};

const screenReaderInstructions = {
  draggable:
    'To pick up a task, press Space. Use the arrow keys to move it between columns, Space to drop it, Escape to cancel. Enter opens it.',
};

/** Drag and drop of cards between columns, by pointer and by keyboard (Space, arrows, Space). */
export function BoardDnd({
  onMove,
  children,
}: {
  onMove(task: VersionedTask, status: TaskStatus): void;
  children: ReactNode;
}) {
  const styles = useStyles();
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
      accessibility={{ announcements, screenReaderInstructions }}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {dragged ? <div className={styles.overlay}>{dragged.title}</div> : null}
      </DragOverlay>
    </DndContext>
  );
}
