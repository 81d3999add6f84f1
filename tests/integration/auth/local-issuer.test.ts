import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTokenVerifier } from '../../../bot/auth/token-verifier.ts';
import { createLocalIssuer } from '../../../bot/local/local-issuer.ts';
import { ALICE, AUDIENCE, TENANT, startLocalIssuerServer } from './local-issuer-server.ts';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cadence-local-issuer-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const options = { issuer: 'http://127.0.0.1:3978/local-issuer', audience: AUDIENCE, nodeEnv: 'development' };

describe('createLocalIssuer', () => {
  it('is refused in production, before touching the key file', () => {
    const keyFile = join(dir, 'key.json');
    expect(() => createLocalIssuer({ ...options, nodeEnv: 'production', keyFile })).toThrow(/production/);
    expect(existsSync(keyFile)).toBe(false);
  });

  it('publishes only the public key, with kid, alg and use', () => {
    const { keys } = createLocalIssuer(options).jwks();
    expect(keys).toHaveLength(1);
    const [key] = keys;
    expect(key).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: expect.any(String) });
    expect(Object.keys(key ?? {}).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
  });

  it('mints tokens with the Entra-shaped claims and a kid header', async () => {
    const issuer = createLocalIssuer(options);
    const token = await issuer.mint({
      tenantId: TENANT,
      userId: ALICE,
      name: 'Alice',
      username: 'alice@x.example',
    });
    expect(decodeProtectedHeader(token)).toEqual({
      alg: 'RS256',
      typ: 'JWT',
      kid: issuer.jwks().keys[0]?.kid,
    });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      iss: options.issuer,
      aud: AUDIENCE,
      tid: TENANT,
      oid: ALICE,
      name: 'Alice',
      preferred_username: 'alice@x.example',
      scp: 'access_as_user',
      ver: '2.0',
    });
    expect(claims.nbf).toBe(claims.iat);
    expect(claims.exp).toBe((claims.iat ?? 0) + 3600);
  });

  it('persists its key (mode 0600, directories created) so a restarted issuer verifies earlier tokens', async () => {
    const keyFile = join(dir, 'nested', 'deeper', 'local-issuer-key.json');
    const first = await startLocalIssuerServer({ keyFile });
    const token = await first.issuer.mint({ tenantId: TENANT, userId: ALICE });
    const firstIssuer = first.issuer.issuer;
    const firstKeys = first.issuer.jwks();
    await first.close();

    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(keyFile, 'utf8'))).toMatchObject({ kty: 'RSA', d: expect.any(String) });

    const second = await startLocalIssuerServer({ keyFile });
    try {
      expect(second.issuer.jwks()).toEqual(firstKeys);
      const verifier = createTokenVerifier({
        issuers: [firstIssuer],
        jwksUrl: second.jwksUrl,
        audiences: [AUDIENCE],
        allowedTenants: [TENANT],
      });
      await expect(verifier.verify(token)).resolves.toMatchObject({ tenantId: TENANT, userId: ALICE });
    } finally {
      await second.close();
    }
  });

  it('refuses a key file that does not hold an RSA private JWK', () => {
    const keyFile = join(dir, 'key.json');
    writeFileSync(keyFile, '{"kty":"oct","k":"c2VjcmV0"}');
    expect(() => createLocalIssuer({ ...options, keyFile })).toThrow(/RSA private JWK/);
  });
});
