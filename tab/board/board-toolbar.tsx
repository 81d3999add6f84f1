import {
  Button,
  Field,
  SearchBox,
  Select,
  ToggleButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import type { BoardResponse } from '../../shared/api/board.ts';
import type { BoardFilters, LaneGrouping } from '../../shared/rules/board-view.ts';
import { useBoardT } from '../i18n/en-US/board.ts';
import { hasFilters } from './board-filters.ts';

const useStyles = makeStyles({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    marginBottom: tokens.spacingVerticalM,
    minWidth: 0,
  },
  // Grid fields size to their content (a long goal in a native select) unless told to shrink.
  search: { flex: '2 1 12rem', minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' },
  select: { flex: '1 1 9rem', minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' },
  control: { minWidth: 0, maxWidth: '100%' },
  toggles: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface BoardToolbarProps {
  board: BoardResponse;
  filters: BoardFilters;
  grouping: LaneGrouping;
  onFilters(filters: BoardFilters): void;
  onGrouping(grouping: LaneGrouping): void;
  onNewTask(): void;
}

/** Search, filters, swimlanes and "New task": wraps onto more rows as the tab narrows. */
export function BoardToolbar({
  board,
  filters,
  grouping,
  onFilters,
  onGrouping,
  onNewTask,
}: BoardToolbarProps) {
  const styles = useStyles();
  const t = useBoardT();
  const set = (changes: BoardFilters) => onFilters({ ...filters, ...changes });
  return (
    <div
      className={styles.toolbar}
      role="toolbar"
      aria-label={t('board.toolbar.label')}
      data-testid="board-toolbar"
    >
      <Button appearance="primary" icon={<AddRegular />} onClick={onNewTask} data-testid="new-task">
        {t('board.toolbar.newTask')}
      </Button>
      <Field label={t('board.toolbar.search')} className={styles.search}>
        <SearchBox
          className={styles.control}
          value={filters.search ?? ''}
          onChange={(_, data) => set({ search: data.value })}
          data-testid="board-search"
        />
      </Field>
      <Field label={t('board.toolbar.assignee')} className={styles.select}>
        <Select
          className={styles.control}
          value={filters.assigneeId ?? ''}
          onChange={(_, data) => set({ assigneeId: data.value || undefined })}
          data-testid="filter-assignee"
        >
          <option value="">{t('board.toolbar.anyone')}</option>
          <option value="unassigned">{t('board.toolbar.unassigned')}</option>
          {board.members.map((member) => (
            <option key={member.userId} value={member.userId}>
              {member.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('board.toolbar.goal')} className={styles.select}>
        <Select
          className={styles.control}
          value={filters.goalId ?? ''}
          onChange={(_, data) => set({ goalId: data.value || undefined })}
          data-testid="filter-goal"
        >
          <option value="">{t('board.toolbar.anyGoal')}</option>
          <option value="none">{t('board.toolbar.noGoal')}</option>
          {board.goals.map((goal) => (
            <option key={goal.id} value={goal.id}>
              {goal.statement}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('board.toolbar.swimlanes')} className={styles.select}>
        <Select
          className={styles.control}
          value={grouping}
          onChange={(_, data) => onGrouping(data.value as LaneGrouping)}
          data-testid="board-grouping"
        >
          <option value="none">{t('board.toolbar.lanesNone')}</option>
          <option value="person">{t('board.toolbar.lanesPerson')}</option>
          <option value="goal">{t('board.toolbar.lanesGoal')}</option>
        </Select>
      </Field>
      <div className={styles.toggles}>
        <ToggleButton
          checked={filters.overdueOnly ?? false}
          onClick={() => set({ overdueOnly: !filters.overdueOnly })}
          data-testid="filter-overdue"
        >
          {t('board.toolbar.overdue')}
        </ToggleButton>
        <ToggleButton
          checked={filters.blockedOnly ?? false}
          onClick={() => set({ blockedOnly: !filters.blockedOnly })}
          data-testid="filter-blocked"
        >
          {t('board.toolbar.blocked')}
        </ToggleButton>
        {hasFilters(filters) && (
          <Button appearance="subtle" onClick={() => onFilters({})} data-testid="clear-filters">
            {t('board.toolbar.clearFilters')}
          </Button>
        )}
      </div>
    </div>
  );
}
