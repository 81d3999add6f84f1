import { localHostLink, teamsTabDeepLink, type TabTarget } from '../../shared/api/tab-links.ts';
import type { Team } from '../../shared/domain/team.ts';

/** Links from cards into the tab. */
export interface TabLinks {
  to(team: Pick<Team, 'conversation'>, target: TabTarget): string;
}

export interface TabLinkSettings {
  /** The Teams app id of the manifest: links are Teams deep links. Without one, the local host page. */
  teamsAppId?: string;
  baseUrl: string;
}

export function tabLinks(settings: TabLinkSettings): TabLinks {
  const { teamsAppId, baseUrl } = settings;
  return {
    to(team, target) {
      if (!teamsAppId) return localHostLink(baseUrl, target);
      return teamsTabDeepLink({
        appId: teamsAppId,
        channelId: team.conversation?.channelId,
        label: 'Cadence',
        target,
      });
    },
  };
}
