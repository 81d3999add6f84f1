import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONVERSATION_LIMITS } from '../../bot/cadence/pacing.ts';

export interface RateLimitedConnectorOptions {
  /** Calls per second per tenant, as a token bucket of that rate holding one second's worth. */
  tenantRps: number;
  /** Share of otherwise acceptable calls answered 429 anyway, as Teams does under load. */
  randomThrottle: number;
  /** Retry-After of every 429, in seconds. */
  retryAfterSeconds?: number;
  random?: () => number;
}

export interface RateLimitedConnector {
  url: string;
  /** Accepted posts per conversation id, with the arrival time (performance.now()) of each. */
  accepted(): Map<string, number[]>;
  stats(): {
    posts: number;
    opens: number;
    throttled: number;
    throttledByLimit: number;
    firstAt?: number;
    lastAt?: number;
  };
  close(): Promise<void>;
}

const ACTIVITIES = /^\/v3\/conversations\/([^/]+)\/activities\/?$/;

/**
 * A Bot Connector that enforces Teams' limits the way the service does: per conversation the sliding
 * windows (7/1 s, 8/2 s, 60/30 s) and per tenant a cap, answering 429 with Retry-After when exceeded,
 * plus a random 429 on a share of calls. Refused calls do not count against any limit.
 */
export async function startRateLimitedConnector(
  options: RateLimitedConnectorOptions,
): Promise<RateLimitedConnector> {
  const random = options.random ?? Math.random;
  const retryAfter = String(options.retryAfterSeconds ?? 1);
  const perConversation = new Map<string, number[]>();
  const accepted = new Map<string, number[]>();
  const buckets = new Map<string, { tokens: number; at: number }>();
  const counts = { posts: 0, opens: 0, throttled: 0, throttledByLimit: 0 };
  let firstAt: number | undefined;
  let lastAt: number | undefined;

  function tenantAllows(tenantId: string, now: number): boolean {
    const bucket = buckets.get(tenantId) ?? { tokens: options.tenantRps, at: now };
    bucket.tokens = Math.min(
      options.tenantRps,
      bucket.tokens + ((now - bucket.at) * options.tenantRps) / 1000,
    );
    bucket.at = now;
    buckets.set(tenantId, bucket);
    return bucket.tokens >= 1;
  }

  function conversationAllows(conversationId: string, now: number): boolean {
    const log = perConversation.get(conversationId) ?? [];
    return CONVERSATION_LIMITS.every(
      (limit) => log.filter((at) => at > now - limit.windowMs).length < limit.count,
    );
  }

  const server = createServer((req, res) => {
    void readJson(req).then((body) => {
      const now = performance.now();
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const activity = ACTIVITIES.exec(path);
      const isOpen = req.method === 'POST' && path === '/v3/conversations';
      if (req.method !== 'POST' || (!activity && !isOpen)) {
        res.writeHead(404).end();
        return;
      }
      const tenantId = tenantOf(body);
      const conversationId = activity?.[1];
      const overLimit =
        !tenantAllows(tenantId, now) ||
        (conversationId !== undefined && !conversationAllows(conversationId, now));
      if (overLimit || random() < options.randomThrottle) {
        counts.throttled += 1;
        if (overLimit) counts.throttledByLimit += 1;
        res
          .writeHead(429, { 'content-type': 'application/json', 'retry-after': retryAfter })
          .end(JSON.stringify({ error: { code: 'Throttled', message: 'Too many requests.' } }));
        return;
      }
      buckets.get(tenantId)!.tokens -= 1;
      if (isOpen) {
        counts.opens += 1;
        const member = (body as { members?: Array<{ id?: string }> }).members?.[0]?.id ?? 'unknown';
        res
          .writeHead(201, { 'content-type': 'application/json' })
          .end(JSON.stringify({ id: `a:1${member}` }));
        return;
      }
      const id = conversationId!;
      const log = perConversation.get(id) ?? [];
      log.push(now);
      perConversation.set(id, log);
      accepted.set(id, [...(accepted.get(id) ?? []), now]);
      counts.posts += 1;
      firstAt ??= now;
      lastAt = now;
      res
        .writeHead(201, { 'content-type': 'application/json' })
        .end(JSON.stringify({ id: String(counts.posts) }));
    });
  });
  const address = await new Promise<AddressInfo>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server.address() as AddressInfo));
  });
  return {
    url: `http://127.0.0.1:${address.port}/`,
    accepted: () => accepted,
    stats: () => ({ ...counts, firstAt, lastAt }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function tenantOf(body: unknown): string {
  if (typeof body !== 'object' || body === null) return 'unknown';
  const record = body as { tenantId?: unknown; conversation?: { tenantId?: unknown } };
  const tenant = record.tenantId ?? record.conversation?.tenantId;
  return typeof tenant === 'string' ? tenant : 'unknown';
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
