import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearerTokenFrom,
  createTokenVerifier,
  type TokenVerifier,
} from '../../../bot/auth/token-verifier.ts';
import { createLocalIssuer } from '../../../bot/local/local-issuer.ts';
import { expectAuthError, expectAuthErrorSync } from './auth-assertions.ts';
import {
  ALICE,
  AUDIENCE,
  OTHER_TENANT,
  TENANT,
  startLocalIssuerServer,
  type LocalIssuerServer,
} from './local-issuer-server.ts';

const alice = { tenantId: TENANT, userId: ALICE, name: 'Alice Example', username: 'alice@contoso.example' };
const V2_ISSUER = 'https://login.microsoftonline.com/{tenantid}/v2.0';
const V1_ISSUER = 'https://sts.windows.net/{tenantid}/';

let server: LocalIssuerServer;
let verifier: TokenVerifier;

const now = () => Math.floor(Date.now() / 1000);
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function verifierWith(overrides: Partial<Parameters<typeof createTokenVerifier>[0]> = {}): TokenVerifier {
  return createTokenVerifier({
    issuers: [server.issuer.issuer],
    jwksUrl: server.jwksUrl,
    audiences: [AUDIENCE],
    allowedTenants: [TENANT],
    ...overrides,
  });
}

function serverKid(): string {
  const kid = server.issuer.jwks().keys[0]?.kid;
  if (kid === undefined) throw new Error('the local issuer publishes no kid');
  return kid;
}

beforeAll(async () => {
  server = await startLocalIssuerServer();
  verifier = verifierWith();
});

afterAll(async () => {
  await server.close();
});

describe('bearerTokenFrom', () => {
  it('rejects a request without a token as missing_token', () => {
    expectAuthErrorSync(() => bearerTokenFrom(undefined), 'missing_token');
    expectAuthErrorSync(() => bearerTokenFrom('  '), 'missing_token');
  });

  it('rejects a malformed Authorization header', () => {
    expectAuthErrorSync(() => bearerTokenFrom('Basic dXNlcjpwYXNz'), 'malformed');
    expectAuthErrorSync(() => bearerTokenFrom('Bearer'), 'malformed');
    expectAuthErrorSync(() => bearerTokenFrom('Bearer two tokens'), 'malformed');
  });

  it('returns the token of a Bearer header, whatever the scheme case', () => {
    expect(bearerTokenFrom('Bearer a.b.c')).toBe('a.b.c');
    expect(bearerTokenFrom('bearer a.b.c')).toBe('a.b.c');
  });
});

describe('createTokenVerifier with the local issuer over loopback HTTP', () => {
  it('accepts a valid token and returns the caller as (tid, oid)', async () => {
    const token = await server.issuer.mint(alice);
    await expect(verifier.verify(token)).resolves.toEqual({
      tenantId: TENANT,
      userId: ALICE,
      name: 'Alice Example',
      username: 'alice@contoso.example',
    });
  });

  it('rejects an empty token as missing_token', async () => {
    await expectAuthError(verifier.verify(''), 'missing_token');
  });

  it('rejects a token that is not a JWT as malformed', async () => {
    await expectAuthError(verifier.verify('not-a-jwt'), 'malformed');
    await expectAuthError(verifier.verify('a.b.c'), 'malformed');
  });

  it('rejects a token for another audience', async () => {
    const token = await server.issuer.mint(alice, { overrides: { aud: 'api://localhost/another-app' } });
    await expectAuthError(verifier.verify(token), 'wrong_audience');
  });

  it('rejects a token from another issuer', async () => {
    const token = await server.issuer.mint(alice, {
      overrides: { iss: 'https://evil.example/local-issuer' },
    });
    await expectAuthError(verifier.verify(token), 'wrong_issuer');
  });

  it('rejects a tenant that is not allowed', async () => {
    const token = await server.issuer.mint({ ...alice, tenantId: OTHER_TENANT });
    await expectAuthError(verifier.verify(token), 'tenant_not_allowed');
  });

  it('rejects a token expired beyond the 5 minute tolerance', async () => {
    const token = await server.issuer.mint(alice, {
      overrides: { iat: now() - 4000, nbf: now() - 4000, exp: now() - 360 },
    });
    await expectAuthError(verifier.verify(token), 'expired');
  });

  it('rejects a token that is not valid yet beyond the tolerance', async () => {
    const token = await server.issuer.mint(alice, { overrides: { iat: now() + 600, nbf: now() + 600 } });
    await expectAuthError(verifier.verify(token), 'expired');
  });

  it('rejects a token without exp', async () => {
    const token = await server.issuer.mint(alice, { overrides: { exp: undefined } });
    await expectAuthError(verifier.verify(token), 'missing_claim');
  });

  it('rejects a token without scp', async () => {
    const token = await server.issuer.mint(alice, { overrides: { scp: undefined } });
    await expectAuthError(verifier.verify(token), 'missing_scope');
  });

  it('rejects a token whose scp lacks access_as_user', async () => {
    const token = await server.issuer.mint(alice, { overrides: { scp: 'User.Read access_as_users openid' } });
    await expectAuthError(verifier.verify(token), 'missing_scope');
  });

  it('rejects a token without oid, or with an oid that is not a GUID', async () => {
    const withoutOid = await server.issuer.mint(alice, { overrides: { oid: undefined } });
    await expectAuthError(verifier.verify(withoutOid), 'missing_claim');
    const badOid = await server.issuer.mint({ ...alice, userId: 'alice' });
    await expectAuthError(verifier.verify(badOid), 'missing_claim');
  });

  it('rejects a token without tid', async () => {
    const token = await server.issuer.mint(alice, { overrides: { tid: undefined } });
    await expectAuthError(verifier.verify(token), 'missing_claim');
  });

  it('rejects a token signed by another local issuer (another key, another kid)', async () => {
    const impostor = createLocalIssuer({ issuer: server.issuer.issuer, audience: AUDIENCE, nodeEnv: 'test' });
    const token = await impostor.mint(alice);
    await expectAuthError(verifier.verify(token), 'bad_signature');
  });

  it('rejects a token signed by another key under the trusted kid', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({ tid: TENANT, oid: ALICE, scp: 'access_as_user' })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: serverKid() })
      .setIssuer(server.issuer.issuer)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    await expectAuthError(verifier.verify(token), 'bad_signature');
  });

  it("rejects an unsigned alg 'none' token", async () => {
    const header = base64url({ alg: 'none', typ: 'JWT', kid: serverKid() });
    const payload = base64url({
      iss: server.issuer.issuer,
      aud: AUDIENCE,
      tid: TENANT,
      oid: ALICE,
      scp: 'access_as_user',
      iat: now(),
      exp: now() + 3600,
    });
    await expectAuthError(verifier.verify(`${header}.${payload}.`), 'bad_signature');
  });

  it('rejects an HS256 token keyed with the public key (algorithm confusion)', async () => {
    const secret = new TextEncoder().encode(JSON.stringify(server.issuer.jwks().keys[0]));
    const token = await new SignJWT({ tid: TENANT, oid: ALICE, scp: 'access_as_user' })
      .setProtectedHeader({ alg: 'HS256', kid: serverKid() })
      .setIssuer(server.issuer.issuer)
      .setAudience(AUDIENCE)
      .setExpirationTime('1h')
      .sign(secret);
    await expectAuthError(verifier.verify(token), 'bad_signature');
  });

  it('reports jwks_unavailable when the key set cannot be fetched, without leaking details', async () => {
    const broken = verifierWith({ jwksUrl: `${server.baseUrl}/no-such-jwks.json` });
    const error = await expectAuthError(broken.verify(await server.issuer.mint(alice)), 'jwks_unavailable');
    expect(error.message).not.toContain(server.baseUrl);
  });

  it('accepts a token that expired 2 minutes ago (5 minute skew)', async () => {
    const token = await server.issuer.mint(alice, {
      overrides: { iat: now() - 3720, nbf: now() - 3720, exp: now() - 120 },
    });
    await expect(verifier.verify(token)).resolves.toMatchObject({ tenantId: TENANT, userId: ALICE });
  });

  it('accepts a token whose nbf is 2 minutes in the future (5 minute skew)', async () => {
    const token = await server.issuer.mint(alice, { overrides: { iat: now() + 120, nbf: now() + 120 } });
    await expect(verifier.verify(token)).resolves.toMatchObject({ tenantId: TENANT, userId: ALICE });
  });

  it('accepts v2 and v1 style issuers through the {tenantid} template', async () => {
    const entraLike = verifierWith({
      issuers: [V2_ISSUER, V1_ISSUER],
      allowedTenants: [TENANT, OTHER_TENANT],
    });
    const v2 = await server.issuer.mint(alice, {
      overrides: { iss: `https://login.microsoftonline.com/${TENANT}/v2.0` },
    });
    await expect(entraLike.verify(v2)).resolves.toMatchObject({ tenantId: TENANT, userId: ALICE });

    const v1 = await server.issuer.mint(
      { tenantId: OTHER_TENANT, userId: ALICE },
      {
        overrides: {
          iss: `https://sts.windows.net/${OTHER_TENANT}/`,
          ver: '1.0',
          upn: 'alice@fabrikam.example',
        },
      },
    );
    await expect(entraLike.verify(v1)).resolves.toEqual({
      tenantId: OTHER_TENANT,
      userId: ALICE,
      username: 'alice@fabrikam.example',
    });
  });

  it("rejects a templated issuer naming another tenant than the token's tid", async () => {
    const entraLike = verifierWith({ issuers: [V2_ISSUER], allowedTenants: [TENANT, OTHER_TENANT] });
    const token = await server.issuer.mint(alice, {
      overrides: { iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` },
    });
    await expectAuthError(entraLike.verify(token), 'wrong_issuer');
  });

  it("accepts any tenant with allowedTenants: 'any'", async () => {
    const anyTenant = verifierWith({ issuers: [V2_ISSUER], allowedTenants: 'any' });
    const stranger = '5f1c9a33-0c3e-4d5a-9d7e-2b0b6c1f0a99';
    const token = await server.issuer.mint(
      { tenantId: stranger, userId: ALICE },
      { overrides: { iss: `https://login.microsoftonline.com/${stranger}/v2.0` } },
    );
    await expect(anyTenant.verify(token)).resolves.toMatchObject({ tenantId: stranger, userId: ALICE });
  });

  it('refuses incomplete settings at start-up', () => {
    expect(() => verifierWith({ audiences: [] })).toThrow(/audiences/);
    expect(() => verifierWith({ issuers: [] })).toThrow(/issuers/);
    expect(() => verifierWith({ allowedTenants: [] })).toThrow(/allowedTenants/);
    expect(() => verifierWith({ jwksUrl: 'not a url' })).toThrow(/jwksUrl/);
  });
});
