import { useEffect } from 'react';
import { recordBoardReady } from '../ready-probe.ts';
import { useTeamData } from './team-data.ts';
import type { View } from './views.ts';

/** Call from a screen once it renders its content: the host is told the tab is ready (first time only). */
export function useContentShown(view: View): void {
  const { session } = useTeamData();
  useEffect(() => {
    if (view === 'board') recordBoardReady();
    session.notifySuccess();
  }, [session, view]);
}
