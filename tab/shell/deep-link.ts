import { tabTargetOf, type TabTarget } from '../../shared/api/tab-links.ts';
import type { Session } from '../session/session.ts';
import type { View } from './views.ts';

/** Sessions whose deep link a screen has shown: coming back to the board later must not reopen it. */
const handled = new WeakSet<Session>();

/** What the tab was opened to show (a task, a person's history), until a screen has shown it. */
export function pendingDeepLink(session: Session): TabTarget {
  return handled.has(session) ? { kind: 'board' } : tabTargetOf(session.subPageId);
}

export function markDeepLinkShown(session: Session): void {
  handled.add(session);
}

/** The screen a deep link opens on, whatever view the tab's saved address names. */
export function viewOfDeepLink(target: TabTarget): View | undefined {
  if (target.kind === 'task') return 'board';
  if (target.kind === 'history') return 'history';
  return undefined;
}
