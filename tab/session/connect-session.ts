import { localSession } from '../local/local-session.ts';
import { recordMode } from '../ready-probe.ts';
import { connectToTeams } from '../teams/teams-sdk.ts';
import { SessionError, type Session } from './session.ts';
import { teamsSession } from './teams-session.ts';

/** Inside Teams a Teams session; in a plain browser local mode, as the given demo person. */
export async function connectSession(localUserId?: string): Promise<Session> {
  const host = await connectToTeams();
  if (!host) {
    recordMode('local');
    return localSession(localUserId);
  }
  recordMode('teams');
  try {
    return teamsSession(host);
  } catch (error) {
    if (error instanceof SessionError) host.notifyFailure(error.kind, error.message);
    throw error;
  }
}
