import { asHostTheme, type HostTheme } from '../teams/host-theme.ts';

export type FrameWidth = 'desktop' | 'mobile';
export type HostPage = 'tab' | 'config';

export interface HostSettings {
  userId?: string;
  theme: HostTheme;
  width: FrameWidth;
  page: HostPage;
  /** The tab's screen: `index.html?view=…`. */
  view: string;
  locale: string;
  /** A deep link's target (`task:<id>`), handed to the tab as Teams' `page.subPageId`. */
  subPageId?: string;
}

const USER_KEY = 'cadence.host.userId';

/**
 * `?user=<object id>&theme=dark&width=mobile&page=config&view=goals&locale=de-de&subPageId=task:<id>`, for
 * links and tests; `subPageId` is where Cadence's links to a task lead when there is no Teams app id.
 */
export function initialSettings(search: string = window.location.search): HostSettings {
  const params = new URLSearchParams(search);
  return {
    userId: params.get('user') ?? rememberedHostUser(),
    theme: asHostTheme(params.get('theme')),
    width: params.get('width') === 'mobile' ? 'mobile' : 'desktop',
    page: params.get('page') === 'config' ? 'config' : 'tab',
    view: params.get('view') ?? 'board',
    locale: params.get('locale') ?? 'en-us',
    subPageId: params.get('subPageId') ?? undefined,
  };
}

function rememberedHostUser(): string | undefined {
  try {
    return localStorage.getItem(USER_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberHostUser(userId: string): void {
  try {
    localStorage.setItem(USER_KEY, userId);
  } catch {
    // Blocked storage only loses the choice.
  }
}
