/** Outside Teams the tab signs in as a demo user through the local issuer of `npm run dev`. */
export const LOCAL_DEMO = {
  tenantId: '00000000-0000-4000-8000-000000000001',
  teamId: '19:cadence0demo0team0000000000000001@thread.tacv2',
  userId: '00000000-0000-4000-8000-0000000000a1',
};

export async function localToken(): Promise<string> {
  const res = await fetch('/local-issuer/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId: LOCAL_DEMO.tenantId, userId: LOCAL_DEMO.userId }),
  });
  if (!res.ok) throw new Error('Local sign-in is not available: is `npm run dev` running?');
  return ((await res.json()) as { token: string }).token;
}
