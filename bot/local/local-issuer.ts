import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type JsonWebKey,
  type KeyObject,
} from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { SignJWT, type JSONWebKeySet, type JWK, type JWTPayload } from 'jose';

export interface LocalIssuerOptions {
  /** The `iss` of minted tokens, e.g. `http://127.0.0.1:3978/local-issuer`. */
  issuer: string;
  audience: string;
  nodeEnv: string;
  /** Where the private JWK is kept so tokens survive restarts; created (mode 0600) when absent. */
  keyFile?: string;
}

export interface LocalTokenClaims {
  tenantId: string;
  userId: string;
  name?: string;
  username?: string;
}

export interface MintOptions {
  /** Defaults to one hour. */
  expiresInSeconds?: number;
  /** For tests: replaces (or, with `undefined`, removes) any claim. */
  overrides?: Record<string, unknown>;
}

export interface LocalIssuer {
  readonly issuer: string;
  readonly jwksUrlPath: typeof LOCAL_ISSUER_JWKS_PATH;
  /** Public keys only. */
  jwks(): JSONWebKeySet;
  mint(claims: LocalTokenClaims, options?: MintOptions): Promise<string>;
}

export const LOCAL_ISSUER_JWKS_PATH = '/local-issuer/.well-known/jwks.json';
const ALG = 'RS256';
const DEFAULT_LIFETIME_SECONDS = 3600;

export function createLocalIssuer(options: LocalIssuerOptions): LocalIssuer {
  if (options.nodeEnv.trim().toLowerCase() === 'production') {
    throw new Error('The local issuer is refused when NODE_ENV=production; configure the real token issuer.');
  }
  if (!URL.canParse(options.issuer)) throw new Error('Local issuer: issuer must be an absolute URL.');
  if (options.audience.trim() === '') throw new Error('Local issuer: audience must not be empty.');

  const privateKey = options.keyFile === undefined ? generatePrivateKey() : loadOrCreateKey(options.keyFile);
  const publicJwk = publicJwkOf(privateKey);
  const { issuer, audience } = options;

  return {
    issuer,
    jwksUrlPath: LOCAL_ISSUER_JWKS_PATH,
    jwks: () => ({ keys: [{ ...publicJwk }] }),
    async mint(claims, mintOptions = {}) {
      const lifetime = mintOptions.expiresInSeconds ?? DEFAULT_LIFETIME_SECONDS;
      if (!Number.isInteger(lifetime) || lifetime <= 0) {
        throw new RangeError('Local issuer: expiresInSeconds must be a positive integer.');
      }
      const now = Math.floor(Date.now() / 1000);
      const payload: JWTPayload = {
        iss: issuer,
        aud: audience,
        tid: claims.tenantId,
        oid: claims.userId,
        name: claims.name,
        preferred_username: claims.username,
        scp: 'access_as_user',
        ver: '2.0',
        iat: now,
        nbf: now,
        exp: now + lifetime,
        ...mintOptions.overrides,
      };
      const defined = Object.fromEntries(Object.entries(payload).filter(([, value]) => value !== undefined));
      return new SignJWT(defined)
        .setProtectedHeader({ alg: ALG, typ: 'JWT', kid: publicJwk.kid })
        .sign(privateKey);
    },
  };
}

function generatePrivateKey(): KeyObject {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
}

function publicJwkOf(privateKey: KeyObject): JWK & { kid: string } {
  const { n, e } = createPublicKey(privateKey).export({ format: 'jwk' });
  if (n === undefined || e === undefined) throw new Error('Local issuer: the key is not an RSA key.');
  return { kty: 'RSA', n, e, kid: thumbprint(n, e), alg: ALG, use: 'sig' };
}

/** RFC 7638 thumbprint: the kid stays the same for the same key across restarts. */
function thumbprint(n: string, e: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ e, kty: 'RSA', n }))
    .digest('base64url');
}

function loadOrCreateKey(file: string): KeyObject {
  try {
    return readPrivateKey(file);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  const privateKey = generatePrivateKey();
  const { kid, alg, use } = publicJwkOf(privateKey);
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid, alg, use };
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  try {
    writeFileSync(file, `${JSON.stringify(jwk, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    return privateKey;
  } catch (error) {
    // Another process wrote the file first: share its key so both verify each other's tokens.
    if (errorCode(error) === 'EEXIST') return readPrivateKey(file);
    throw error;
  }
}

function readPrivateKey(file: string): KeyObject {
  const text = readFileSync(file, 'utf8');
  try {
    const key = createPrivateKey({ key: JSON.parse(text) as JsonWebKey, format: 'jwk' });
    if (key.asymmetricKeyType !== 'rsa') throw new Error('not an RSA key');
    return key;
  } catch {
    throw new Error(
      `Local issuer: ${file} does not hold an RSA private JWK; delete it to generate a new key.`,
    );
  }
}

function errorCode(error: unknown): unknown {
  return error instanceof Error && 'code' in error ? error.code : undefined;
}
