import { usableLocale } from '../format/locale.ts';
import { recordNotifySuccess } from '../ready-probe.ts';
import type { TeamsHost } from '../teams/teams-sdk.ts';
import { SessionError, type PersonalSession, type Session } from './session.ts';

/** A channel tab's session; with `personal` (or no team in the context: the personal tab) one without team. */
export function teamsSession(host: TeamsHost, personal = false): Session | PersonalSession {
  const { context } = host;
  let handler: ((theme: Session['theme']) => void) | undefined;
  host.onThemeChange((theme) => handler?.(theme));
  const common: Omit<Session, 'teamId'> = {
    mode: 'teams',
    locale: usableLocale(context.locale),
    theme: context.theme,
    getToken: async () => {
      try {
        return await host.getAuthToken();
      } catch (error) {
        const reason = error instanceof Error && error.message ? ` (${error.message})` : '';
        throw new SessionError('shell.session.teamsSignIn', 'auth', { reason });
      }
    },
    onThemeChange: (next) => {
      handler = next;
      return () => {
        if (handler === next) handler = undefined;
      };
    },
    notifySuccess: () => {
      if (host.notifySuccess()) recordNotifySuccess();
    },
    notifyFailure: (kind, message) => void host.notifyFailure(kind, message),
    openLink: (url) => void host.openLink(url).catch(() => window.open(url, '_blank', 'noopener')),
  };
  if (personal || !context.teamId) return { ...common, personal: true };
  return { ...common, teamId: context.teamId, teamName: context.teamName, subPageId: context.subPageId };
}
