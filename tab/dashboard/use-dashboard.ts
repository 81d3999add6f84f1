import { useCallback, useEffect, useState } from 'react';
import type { DashboardResponse } from '../../shared/api/dashboard.ts';
import { useTeamData } from '../shell/team-data.ts';

export type DashboardState =
  { kind: 'loading' } | { kind: 'loaded'; figures: DashboardResponse } | { kind: 'failed'; error: unknown };

interface Outcome {
  attempt: number;
  state: DashboardState;
}

/** The dashboard's figures for `weeks` weeks; `reload` reads them again (loading until they arrive). */
export function useDashboard(weeks: number): DashboardState & { reload(): void } {
  const { api } = useTeamData();
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  useEffect(() => {
    let current = true;
    api.dashboard(weeks).then(
      (figures) => current && setOutcome({ attempt, state: { kind: 'loaded', figures } }),
      (error: unknown) => current && setOutcome({ attempt, state: { kind: 'failed', error } }),
    );
    return () => {
      current = false;
    };
  }, [api, weeks, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const state: DashboardState = outcome?.attempt === attempt ? outcome.state : { kind: 'loading' };
  return { ...state, reload };
}
