/** The personal tab's address: `?view=mine` (the manifest's static tab); the team screens use the others. */
export const PERSONAL_VIEW = 'mine';

export function isPersonalView(url: string = window.location.href): boolean {
  return new URL(url).searchParams.get('view') === PERSONAL_VIEW;
}
