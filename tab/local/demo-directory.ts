import { LOCAL_DEMO_PATH, type LocalDemoTeam } from '../../shared/api/local-demo.ts';
import { SessionError } from '../session/session.ts';

const UNAVAILABLE =
  'Cadence runs inside Microsoft Teams. Open it from its tab in your team channel, ' +
  'or run `npm run dev` to try it on this computer with the demo team.';

/** The demo team that `npm run dev` serves; a production service has none, which ends local mode. */
export async function fetchDemoTeam(): Promise<LocalDemoTeam> {
  let res: Response;
  try {
    res = await fetch(LOCAL_DEMO_PATH, { headers: { accept: 'application/json' } });
  } catch {
    throw new SessionError('Cadence could not be reached. Check your connection.');
  }
  if (!res.ok || !res.headers.get('content-type')?.includes('application/json')) {
    throw new SessionError(UNAVAILABLE);
  }
  return (await res.json()) as LocalDemoTeam;
}
