export const VIEWS = ['board', 'goals', 'history'] as const;

export type View = (typeof VIEWS)[number];

export const VIEW_LABELS: Record<View, string> = { board: 'Board', goals: 'Goals', history: 'History' };

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
