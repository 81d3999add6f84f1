import { LOCAL_DEMO_PATH, type LocalDemoTeam } from '../../shared/api/local-demo.ts';
import { SessionError } from '../session/session.ts';

/** The demo team that `npm run dev` serves; a production service has none, which ends local mode. */
export async function fetchDemoTeam(): Promise<LocalDemoTeam> {
  let res: Response;
  try {
    res = await fetch(LOCAL_DEMO_PATH, { headers: { accept: 'application/json' } });
  } catch {
    throw new SessionError('shell.failure.unreachable');
  }
  if (!res.ok || !res.headers.get('content-type')?.includes('application/json')) {
    throw new SessionError('shell.session.outsideTeams');
  }
  return (await res.json()) as LocalDemoTeam;
}
