import { LOCAL_TOKEN_PATH } from '../../shared/api/local-demo.ts';

/** What Teams' SSO gives a tab, played by the local issuer: a token for the chosen demo person. */
export async function hostToken(tenantId: string, userId: string): Promise<string> {
  const res = await fetch(LOCAL_TOKEN_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId, userId }),
  });
  if (!res.ok) throw new Error(`the local issuer answered ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}
