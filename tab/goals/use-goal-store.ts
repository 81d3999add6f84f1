import { useCallback } from 'react';
import type { VersionedGoal } from '../api/api-client.ts';
import { useTeamData } from '../shell/team-data.ts';

/** Applies what a goal write returned to the board every screen shares. */
export function useGoalStore() {
  const { setBoard } = useTeamData();
  const put = useCallback(
    (goal: VersionedGoal) =>
      setBoard((board) => {
        const known = board.goals.some((g) => g.id === goal.id);
        const goals = known ? board.goals.map((g) => (g.id === goal.id ? goal : g)) : [...board.goals, goal];
        return { ...board, goals };
      }),
    [setBoard],
  );
  const remove = useCallback(
    (goalId: string) =>
      setBoard((board) => ({ ...board, goals: board.goals.filter((g) => g.id !== goalId) })),
    [setBoard],
  );
  return { put, remove };
}
