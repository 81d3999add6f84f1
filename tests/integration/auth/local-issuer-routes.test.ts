import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier } from '../../../bot/auth/token-verifier.ts';
import {
  ALICE,
  AUDIENCE,
  TENANT,
  startLocalIssuerServer,
  type LocalIssuerServer,
} from './local-issuer-server.ts';

const STRANGER = '00000000-0000-4000-8000-0000000000ff';

let server: LocalIssuerServer;

beforeAll(async () => {
  server = await startLocalIssuerServer({
    canMint: (tenantId, userId) => Promise.resolve(tenantId === TENANT && userId === ALICE),
  });
});

afterAll(async () => {
  await server.close();
});

function postToken(body: string): Promise<Response> {
  return fetch(`${server.baseUrl}/local-issuer/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
}

describe('local issuer routes', () => {
  it('serves the public JWKS with a short cache lifetime', async () => {
    const response = await fetch(server.jwksUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(response.headers.get('cache-control')).toMatch(/max-age=60/);
    const jwks = (await response.json()) as { keys: Record<string, unknown>[] };
    expect(jwks).toEqual(server.issuer.jwks());
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('serves an OpenID configuration with absolute URLs from the issuer', async () => {
    const response = await fetch(`${server.baseUrl}/local-issuer/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const config = (await response.json()) as Record<string, unknown>;
    expect(config).toMatchObject({
      issuer: `${server.baseUrl}/local-issuer`,
      jwks_uri: `${server.baseUrl}/local-issuer/.well-known/jwks.json`,
      token_endpoint: `${server.baseUrl}/local-issuer/token`,
      id_token_signing_alg_values_supported: ['RS256'],
    });
    expect((await fetch(String(config.jwks_uri))).status).toBe(200);
  });

  it('mints a verifiable token for a known user', async () => {
    const response = await postToken(JSON.stringify({ tenantId: TENANT, userId: ALICE }));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { token, expiresIn } = (await response.json()) as { token: string; expiresIn: number };
    expect(expiresIn).toBe(3600);
    const verifier = createTokenVerifier({
      issuers: [server.issuer.issuer],
      jwksUrl: server.jwksUrl,
      audiences: [AUDIENCE],
      allowedTenants: [TENANT],
    });
    await expect(verifier.verify(token)).resolves.toEqual({ tenantId: TENANT, userId: ALICE });
  });

  it('answers 404 with a JSON error for an unknown user', async () => {
    const response = await postToken(JSON.stringify({ tenantId: TENANT, userId: STRANGER }));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'unknown_user' } });
  });

  it.each([
    ['{"userId":"00000000-0000-4000-8000-0000000000a1"}', 'tenantId'],
    [`{"tenantId":"","userId":"${ALICE}"}`, 'tenantId'],
    [`{"tenantId":"${TENANT}"}`, 'userId'],
    [`{"tenantId":"${TENANT}","userId":"alice"}`, 'userId'],
    ['[1,2]', 'body'],
    ['{"tenantId":', 'body'],
  ])('answers 400 naming the field for %s', async (body, field) => {
    const response = await postToken(body);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'bad_request', field } });
  });
});
