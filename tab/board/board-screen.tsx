import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import {
  buildLanes,
  filterTasks,
  type BoardFilters,
  type LaneGrouping,
} from '../../shared/rules/board-view.ts';
import type { VersionedTask } from '../api/api-client.ts';
import { useBoardT } from '../i18n/en-US/board.ts';
import { todayIso } from '../format/dates.ts';
import { markDeepLinkShown, pendingDeepLink } from '../shell/deep-link.ts';
import { useContentShown } from '../shell/use-content-shown.ts';
import { useTeamData } from '../shell/team-data.ts';
import { BoardDnd } from './board-dnd.tsx';
import { BoardEmpty } from './board-empty.tsx';
import { NO_FILTERS, hasFilters } from './board-filters.ts';
import { BoardLanes } from './board-lanes.tsx';
import { BoardNotices } from './board-notices.tsx';
import { BoardToolbar } from './board-toolbar.tsx';
import type { CardEnv } from './card-env.ts';
import { LinkedTaskMissing } from './linked-task-missing.tsx';
import { useTaskWrites } from './use-task-writes.ts';

const TaskDialog = lazy(() => import('./task-dialog.tsx').then((m) => ({ default: m.TaskDialog })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  saving: { alignSelf: 'flex-start' },
});

/** What the dialog is open for: a new task, or editing one. */
type Editing = { kind: 'new' } | { kind: 'edit'; taskId: string };

/** The team's task board: filters, swimlanes, four status columns, drag/keyboard moves and the task dialog. */
export function BoardScreen() {
  const styles = useStyles();
  const t = useBoardT();
  const { board, session } = useTeamData();
  useContentShown('board');
  const writes = useTaskWrites();
  const [filters, setFilters] = useState<BoardFilters>(NO_FILTERS);
  const [grouping, setGrouping] = useState<LaneGrouping>('none');
  // A deep link to a task (Teams' subPageId `task:<id>`) opens it in the dialog once.
  const [editing, setEditing] = useState<Editing | undefined>(() => {
    const target = pendingDeepLink(session);
    return target.kind === 'task' ? { kind: 'edit', taskId: target.taskId } : undefined;
  });
  useEffect(() => markDeepLinkShown(session), [session]);
  const today = todayIso();

  const lanes = useMemo(
    () => buildLanes(filterTasks(board.tasks, filters, today), grouping, board.members, board.goals),
    [board.tasks, board.members, board.goals, filters, grouping, today],
  );
  const onEdit = useCallback((task: VersionedTask) => setEditing({ kind: 'edit', taskId: task.id }), []);
  const { move } = writes;
  const env = useMemo<CardEnv>(
    () => ({
      names: new Map(board.members.map((m) => [m.userId, m.name])),
      goals: new Map(board.goals.map((g) => [g.id, g.statement])),
      linkCounts: board.linkCounts,
      today,
      now: new Date(),
      locale: session.locale,
      onMove: move,
      onEdit,
    }),
    [board.members, board.goals, board.linkCounts, today, session.locale, move, onEdit],
  );
  const shown = lanes.reduce((sum, lane) => sum + lane.count, 0);
  const editedTask = editing?.kind === 'edit' ? board.tasks.find((t) => t.id === editing.taskId) : undefined;
  const clearFilters = () => setFilters(NO_FILTERS);

  return (
    <div className={styles.root} data-testid="board">
      <BoardToolbar
        board={board}
        filters={filters}
        grouping={grouping}
        onFilters={setFilters}
        onGrouping={setGrouping}
        onNewTask={() => setEditing({ kind: 'new' })}
      />
      <BoardNotices
        board={board}
        locale={session.locale}
        conflict={writes.conflict}
        notice={writes.notice}
        onKeepTheirs={writes.keepTheirs}
        onApplyMine={writes.applyMineAgain}
        onDismiss={writes.dismissNotice}
      />
      {editing?.kind === 'edit' && !editedTask && (
        <LinkedTaskMissing onDismiss={() => setEditing(undefined)} />
      )}
      {writes.pending > 0 && <Spinner size="tiny" label={t('board.saving')} className={styles.saving} />}
      {board.tasks.length === 0 ? (
        <BoardEmpty filtered={false} onAction={() => setEditing({ kind: 'new' })} />
      ) : shown === 0 && hasFilters(filters) ? (
        <BoardEmpty filtered onAction={clearFilters} />
      ) : (
        <BoardDnd onMove={move}>
          <BoardLanes lanes={lanes} grouping={grouping} env={env} />
        </BoardDnd>
      )}
      {editing && (editing.kind === 'new' || editedTask) && (
        <Suspense fallback={null}>
          <TaskDialog
            board={board}
            task={editedTask}
            today={today}
            onCreate={writes.create}
            onUpdate={writes.update}
            onClose={() => setEditing(undefined)}
          />
        </Suspense>
      )}
    </div>
  );
}
