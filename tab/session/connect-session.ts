import { localSession } from '../local/local-session.ts';
import { isPersonalView } from '../mine/personal-view.ts';
import { recordMode } from '../ready-probe.ts';
import { connectToTeams } from '../teams/teams-sdk.ts';
import { personalSessionOf, type PersonalSession, type Session } from './session.ts';
import { teamsSession } from './teams-session.ts';

/**
 * Inside Teams a Teams session; in a plain browser local mode, as the given demo person. `?view=mine`, or a
 * Teams context without a team (the personal tab), gives a personal session: "My tasks" across teams.
 */
export async function connectSession(localUserId?: string): Promise<Session | PersonalSession> {
  const personal = isPersonalView();
  const host = await connectToTeams();
  if (!host) {
    recordMode('local');
    const session = await localSession(localUserId);
    return personal ? personalSessionOf(session) : session;
  }
  recordMode('teams');
  return teamsSession(host, personal);
}
