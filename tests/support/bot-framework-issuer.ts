import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';

/** The issuer Teams' Bot Connector puts on the tokens it sends to bots. */
export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

/** The settings TOOLCHAIN.md says must be set together, or every token fails. */
export interface BotAuthOverrides {
  ToBotFromChannelTokenIssuer: string;
  ToBotFromChannelOpenIdMetadataUrl: string;
  ToBotFromEmulatorOpenIdMetadataUrl: string;
  ToChannelFromBotLoginUrl: string;
  ToChannelFromBotOAuthScope: string;
  ValidateAuthority: boolean;
  CallerId: string;
  [setting: string]: string | boolean;
}

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
}

export interface MintOptions {
  /** Replaces (or, with `undefined`, removes) any claim. */
  claims?: Record<string, unknown>;
  expiresInSeconds?: number;
  /** Defaults to the published key. */
  key?: SigningKey;
}

export interface BotFrameworkIssuer {
  /** Settings for ConfigurationBotFrameworkAuthentication that point every Bot Framework endpoint here. */
  authOverrides: BotAuthOverrides;
  /** A Bot Connector token for `appId`, bound to the activity's serviceUrl as Teams binds it. */
  mint(appId: string, serviceUrl: string, options?: MintOptions): Promise<string>;
  /** A key this issuer never publishes: what a forger holds. */
  unpublishedKey(kid?: string): Promise<SigningKey>;
  publishedKid: string;
  /** Requests for outbound bot tokens (the bot's login to reach the connector). */
  tokenRequests(): number;
  close(): Promise<void>;
}

/**
 * A loopback stand-in for the Bot Framework's OpenID metadata, signing keys and bot login, over plain http.
 * The keys are endorsed for `msteams`, as the real ones are.
 */
export async function startBotFrameworkIssuer(): Promise<BotFrameworkIssuer> {
  const published = await newKey(randomUUID());
  const publicJwk = await exportJWK(published.publicKey);
  let tokenRequests = 0;

  const server = createServer((req, res) => route(req, res));
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
  const base = `http://127.0.0.1:${port}`;

  function route(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', base).pathname;
    if (req.method === 'GET' && path === '/v1/.well-known/openidconfiguration') {
      return json(res, 200, {
        issuer: BOT_FRAMEWORK_ISSUER,
        authorization_endpoint: `${base}/v1/authorize`,
        jwks_uri: `${base}/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      });
    }
    if (req.method === 'GET' && path === '/v1/.well-known/keys') {
      return json(res, 200, {
        keys: [{ ...publicJwk, kid: published.kid, use: 'sig', alg: 'RS256', endorsements: ['msteams'] }],
      });
    }
    if (req.method === 'POST' && path.endsWith('/oauth2/v2.0/token')) {
      tokenRequests += 1;
      return json(res, 200, {
        token_type: 'Bearer',
        access_token: 'x',
        expires_in: 3600,
        ext_expires_in: 3600,
      });
    }
    json(res, 404, { error: 'not_found' });
  }

  return {
    authOverrides: {
      ToBotFromChannelTokenIssuer: BOT_FRAMEWORK_ISSUER,
      ToBotFromChannelOpenIdMetadataUrl: `${base}/v1/.well-known/openidconfiguration`,
      ToBotFromEmulatorOpenIdMetadataUrl: `${base}/v1/.well-known/openidconfiguration`,
      ToChannelFromBotLoginUrl: `${base}/botframework.com`,
      ToChannelFromBotOAuthScope: BOT_FRAMEWORK_ISSUER,
      ValidateAuthority: false,
      CallerId: 'urn:botframework:azure',
    },
    publishedKid: published.kid,
    async mint(appId, serviceUrl, options = {}) {
      const now = Math.floor(Date.now() / 1000);
      const payload: JWTPayload = {
        iss: BOT_FRAMEWORK_ISSUER,
        aud: appId,
        serviceurl: serviceUrl,
        nbf: now - 60,
        iat: now - 60,
        exp: now + (options.expiresInSeconds ?? 3600),
      };
      for (const [claim, value] of Object.entries(options.claims ?? {})) {
        if (value === undefined) delete payload[claim];
        else payload[claim] = value;
      }
      const key = options.key ?? published;
      return new SignJWT(payload)
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
        .sign(key.privateKey);
    },
    unpublishedKey: (kid = randomUUID()) => newKey(kid),
    tokenRequests: () => tokenRequests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function newKey(kid: string): Promise<SigningKey & { publicKey: CryptoKey }> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  return { kid, privateKey, publicKey };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}
