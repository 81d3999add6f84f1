import { usableLocale } from '../format/locale.ts';
import { recordNotifySuccess } from '../ready-probe.ts';
import type { TeamsHost } from '../teams/teams-sdk.ts';
import { SessionError, type Session } from './session.ts';

export function teamsSession(host: TeamsHost): Session {
  const { context } = host;
  if (!context.teamId) {
    throw new SessionError('Cadence works in a team channel. Add it as a tab to a channel of your team.');
  }
  let handler: ((theme: Session['theme']) => void) | undefined;
  host.onThemeChange((theme) => handler?.(theme));
  return {
    mode: 'teams',
    teamId: context.teamId,
    teamName: context.teamName,
    locale: usableLocale(context.locale),
    theme: context.theme,
    subPageId: context.subPageId,
    getToken: async () => {
      try {
        return await host.getAuthToken();
      } catch (error) {
        const reason = error instanceof Error && error.message ? ` (${error.message})` : '';
        throw new SessionError(`Teams could not sign you in to Cadence${reason}.`, 'auth');
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
  };
}
