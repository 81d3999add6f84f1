import type { BoardFilters, LaneGrouping } from '../../shared/rules/board-view.ts';

export interface BoardViewState {
  filters: BoardFilters;
  grouping: LaneGrouping;
}

export const NO_FILTERS: BoardFilters = {};

export function hasFilters(filters: BoardFilters): boolean {
  return Boolean(
    filters.assigneeId ||
    filters.goalId ||
    filters.overdueOnly ||
    filters.blockedOnly ||
    filters.search?.trim(),
  );
}
