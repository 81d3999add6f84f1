import type { ShellKey } from '../i18n/en-US/shell.ts';

export const VIEWS = ['board', 'goals', 'history', 'settings', 'dashboard'] as const;

export type View = (typeof VIEWS)[number];

/** Each screen's name (its tab), as a shell message key. */
export const VIEW_LABELS: Record<View, ShellKey> = {
  board: 'shell.view.board',
  goals: 'shell.view.goals',
  history: 'shell.view.history',
  settings: 'shell.view.settings',
  dashboard: 'shell.view.dashboard',
};

/** What shows while a screen's code loads, as a shell message key. */
export const VIEW_LOADING: Record<View, ShellKey> = {
  board: 'shell.loading.board',
  goals: 'shell.loading.goals',
  history: 'shell.loading.history',
  settings: 'shell.loading.settings',
  dashboard: 'shell.loading.dashboard',
};

/** Screens only the team's leaders see in the tabs (the service refuses others anyway). */
export const LEADER_VIEWS: readonly View[] = ['dashboard'];

function isView(value: string | null): value is View {
  return (VIEWS as readonly (string | null)[]).includes(value);
}

/** `?view=goals` opens the goals; the configuration page saves the board's URL as `?view=board`. */
export function viewFromUrl(url: string = window.location.href): View {
  const view = new URL(url).searchParams.get('view');
  return isView(view) ? view : 'board';
}

/** Keeps the view in the address, so a reload (or Teams re-opening the tab) lands on the same screen. */
export function writeViewToUrl(view: View): void {
  const url = new URL(window.location.href);
  url.searchParams.set('view', view);
  window.history.replaceState(window.history.state, '', url);
}
