import { Avatar, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useDraggable } from '@dnd-kit/core';
import { memo, type KeyboardEvent } from 'react';
import type { VersionedTask } from '../api/api-client.ts';
import { useBoardT } from '../i18n/en-US/board.ts';
import type { CardEnv } from './card-env.ts';
import { MoveMenu } from './move-menu.tsx';
import { TaskCardMeta } from './task-card-meta.tsx';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow2,
    cursor: 'grab',
    touchAction: 'manipulation',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
  dragging: { opacity: 0.4 },
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  title: {
    flexGrow: 1,
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'start',
    overflowWrap: 'anywhere',
    fontWeight: tokens.fontWeightSemibold,
    padding: 0,
    minHeight: 'auto',
  },
});

interface TaskCardProps {
  task: VersionedTask;
  env: CardEnv;
  index: number;
  count: number;
  start: number;
  measure(element: HTMLElement | null): void;
}

/** One task on the board: a focusable list item that drags, opens for editing and moves by menu. */
export const TaskCard = memo(function TaskCard({ task, env, index, count, start, measure }: TaskCardProps) {
  const styles = useStyles();
  const t = useBoardT();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: task.id,
    data: { task },
  });
  const assignee = task.assigneeId ? (env.names.get(task.assigneeId) ?? t('board.person.former')) : undefined;
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    listeners?.onKeyDown?.(event);
    if (event.key === 'Enter' && event.target === event.currentTarget) env.onEdit(task);
  };
  return (
    <li
      ref={(element) => {
        setNodeRef(element);
        setActivatorNodeRef(element);
        measure(element);
      }}
      {...attributes}
      {...listeners}
      onKeyDown={onKeyDown}
      role="listitem"
      aria-roledescription={t('board.card.role')}
      aria-label={task.title}
      aria-setsize={count}
      aria-posinset={index + 1}
      data-index={index}
      data-testid={`task-card-${task.id}`}
      className={mergeClasses(styles.card, isDragging && styles.dragging)}
      style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${start}px)` }}
    >
      <div className={styles.head}>
        <Button
          appearance="transparent"
          className={styles.title}
          aria-label={t('board.card.edit', { title: task.title })}
          onClick={() => env.onEdit(task)}
        >
          {task.title}
        </Button>
        <MoveMenu task={task} onMove={env.onMove} />
      </div>
      <TaskCardMeta task={task} env={env}>
        {assignee ? (
          <Avatar size={20} name={assignee} aria-label={t('board.card.assignedTo', { name: assignee })} />
        ) : null}
      </TaskCardMeta>
    </li>
  );
});
