import type { Lane, LaneGrouping } from '../../shared/rules/board-view.ts';
import type { BoardT } from '../i18n/en-US/board.ts';
import type { CardEnv } from './card-env.ts';

/** A swimlane's heading in the tab's language: the person or goal it groups, or what its tasks lack. */
export function laneTitle(
  lane: Pick<Lane, 'id'>,
  grouping: LaneGrouping,
  env: Pick<CardEnv, 'names' | 'goals'>,
  t: BoardT,
): string {
  if (grouping === 'person')
    return lane.id === 'none'
      ? t('board.lane.unassigned')
      : (env.names.get(lane.id) ?? t('board.person.former'));
  if (grouping === 'goal')
    return lane.id === 'none' ? t('board.lane.noGoal') : (env.goals.get(lane.id) ?? t('board.goal.removed'));
  return t('board.lane.all');
}
