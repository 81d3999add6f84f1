import { LOCAL_TOKEN_PATH } from '../../shared/api/local-demo.ts';
import { SessionError } from '../session/session.ts';

/** A token from the local issuer of `npm run dev`, verified by the service like a Teams SSO token. */
export async function localToken(tenantId: string, userId: string): Promise<string> {
  const res = await fetch(LOCAL_TOKEN_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId, userId }),
  });
  if (!res.ok) throw new SessionError('shell.session.localSignIn', 'auth');
  return ((await res.json()) as { token: string }).token;
}
