/** The entity id the channel tab saves; deep links into the tab name it. */
export const TAB_ENTITY_ID = 'cadence-board';

/** What a deep link asks the tab to open (Teams hands it over as `page.subPageId`). */
export type TabTarget =
  { kind: 'board' } | { kind: 'task'; taskId: string } | { kind: 'history'; userId: string };

export function subPageIdOf(target: TabTarget): string | undefined {
  if (target.kind === 'task') return `task:${target.taskId}`;
  if (target.kind === 'history') return `history:${target.userId}`;
  return undefined;
}

export function tabTargetOf(subPageId: string | undefined): TabTarget {
  const [kind, id] = (subPageId ?? '').split(':', 2);
  if (kind === 'task' && id) return { kind: 'task', taskId: id };
  if (kind === 'history' && id) return { kind: 'history', userId: id };
  return { kind: 'board' };
}

export interface TeamsDeepLinkInput {
  /** The Teams app id from the manifest. */
  appId: string;
  /** The channel holding the tab (for a channel tab). */
  channelId?: string;
  label: string;
  target: TabTarget;
}

/** `https://teams.microsoft.com/l/entity/…`: opens the channel tab, and the task or person in it. */
export function teamsTabDeepLink(input: TeamsDeepLinkInput): string {
  const context = {
    ...(input.channelId ? { channelId: input.channelId } : {}),
    ...(subPageIdOf(input.target) ? { subEntityId: subPageIdOf(input.target) } : {}),
  };
  const query = new URLSearchParams({ label: input.label, context: JSON.stringify(context) });
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(input.appId)}/${TAB_ENTITY_ID}?${query.toString()}`;
}

/** The same target on the local Teams host page of `npm run dev`. */
export function localHostLink(baseUrl: string, target: TabTarget): string {
  const subPageId = subPageIdOf(target);
  return `${baseUrl}/host${subPageId ? `?subPageId=${encodeURIComponent(subPageId)}` : ''}`;
}
