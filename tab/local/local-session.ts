import type { Session } from '../session/session.ts';
import { SessionError } from '../session/session.ts';
import { fetchDemoTeam } from './demo-directory.ts';
import { usableLocale } from '../format/locale.ts';
import { localToken } from './local-token.ts';
import { rememberedUserId } from './local-user-store.ts';
import { onSystemThemeChange, systemTheme } from './system-theme.ts';

/** Local mode: the demo team, signed in through the local issuer as the chosen (or remembered) person. */
export async function localSession(userId = rememberedUserId()): Promise<Session> {
  const demo = await fetchDemoTeam();
  const user = demo.people.find((p) => p.userId === userId) ?? demo.people.find((p) => p.isLeader);
  if (!user) throw new SessionError('shell.session.nobodyToSignIn');
  return {
    mode: 'local',
    teamId: demo.teamId,
    teamName: demo.teamName,
    locale: usableLocale(navigator.language),
    theme: systemTheme(),
    local: { user, people: demo.people },
    getToken: () => localToken(demo.tenantId, user.userId),
    onThemeChange: onSystemThemeChange,
    notifySuccess: () => {},
    notifyFailure: () => {},
  };
}
