import { lazy, type ComponentType } from 'react';
import type { View } from './views.ts';

/** Each screen is its own chunk, so the first paint carries only the shell. */
const imports: Record<View, () => Promise<ComponentType>> = {
  board: () => import('../board/board-screen.tsx').then((m) => m.BoardScreen),
  goals: () => import('../goals/goals-screen.tsx').then((m) => m.GoalsScreen),
  history: () => import('../history/history-screen.tsx').then((m) => m.HistoryScreen),
  settings: () => import('../settings/settings-screen.tsx').then((m) => m.SettingsScreen),
  dashboard: () => import('../dashboard/dashboard-screen.tsx').then((m) => m.DashboardScreen),
};

const loaded: Partial<Record<View, ComponentType>> = {};
const loading: Partial<Record<View, Promise<ComponentType>>> = {};

/** Fetches a screen's chunk once; start it early (while the session and the data load). */
export function loadScreen(view: View): Promise<ComponentType> {
  const pending =
    loading[view] ??
    imports[view]().then(
      (screen) => (loaded[view] = screen),
      (error: unknown) => {
        delete loading[view];
        throw error;
      },
    );
  loading[view] = pending;
  return pending;
}

/**
 * A screen as a stable component. Once its chunk is here it renders the screen directly: a lazy
 * component suspends on its first render even then, and React holds a revealed Suspense boundary back
 * for up to 300 ms. Until then it suspends (the lazy one never commits, so nothing remounts later).
 */
function screenOutlet(view: View): ComponentType {
  const Lazy = lazy(() => loadScreen(view).then((screen) => ({ default: screen })));
  return function ScreenOutlet() {
    const Loaded = loaded[view];
    return Loaded ? <Loaded /> : <Lazy />;
  };
}

export const SCREENS: Record<View, ComponentType> = {
  board: screenOutlet('board'),
  goals: screenOutlet('goals'),
  history: screenOutlet('history'),
  settings: screenOutlet('settings'),
  dashboard: screenOutlet('dashboard'),
};
