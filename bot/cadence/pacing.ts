/** Teams' per-bot limits on one conversation: at most `count` messages in any `windowMs`. */
export const CONVERSATION_LIMITS: readonly SlidingLimit[] = [
  { count: 7, windowMs: 1_000 },
  { count: 8, windowMs: 2_000 },
  { count: 60, windowMs: 30_000 },
];

export const DEFAULT_TENANT_RPS = 40;

export interface SlidingLimit {
  count: number;
  windowMs: number;
}

export interface PacingOptions {
  /** Calls per second to the Bot Connector for one tenant; default 40. */
  tenantRps?: number;
  now: () => number;
  /** How a caller waits; a fake clock in tests. */
  sleep?: (ms: number) => Promise<void>;
}

/** A reservation: undo it when the connector refused the call, so a throttled call costs no capacity. */
export interface Permit {
  refund(): void;
}

/**
 * Client-side pacing of Bot Connector calls, so Cadence stays under Teams' limits instead of discovering
 * them by 429s: sliding windows per conversation (7/1 s, 8/2 s, 60/30 s) and per tenant (the cap over
 * 1 s). A 429 blocks only what it names — one conversation, or one tenant — until its Retry-After; every
 * other conversation keeps flowing. Pure apart from the injected clock and sleep.
 */
export class Pacing {
  private readonly tenantLimit: SlidingLimit;
  private readonly conversations = new Map<string, number[]>();
  private readonly tenants = new Map<string, number[]>();
  private readonly blockedUntil = new Map<string, number>();
  private readonly throttles = new Map<string, number[]>();

  constructor(private readonly options: PacingOptions) {
    this.tenantLimit = { count: options.tenantRps ?? DEFAULT_TENANT_RPS, windowMs: 1_000 };
  }

  /**
   * Reserves one call now, or says how long to wait before asking again. `conversation` is undefined for
   * calls that count only against the tenant (opening a 1:1 chat).
   */
  tryAcquire(tenantId: string, conversation?: string): { permit: Permit } | { waitMs: number } {
    const now = this.options.now();
    const tenantLog = logOf(this.tenants, tenantId);
    const conversationLog = conversation === undefined ? undefined : logOf(this.conversations, conversation);
    const waitMs = Math.max(
      this.blockedFor(tenantKey(tenantId), now),
      conversation === undefined ? 0 : this.blockedFor(conversationKey(conversation), now),
      waitFor(tenantLog, [this.tenantLimit], now),
      conversationLog === undefined ? 0 : waitFor(conversationLog, CONVERSATION_LIMITS, now),
    );
    if (waitMs > 0) return { waitMs };
    tenantLog.push(now);
    conversationLog?.push(now);
    return {
      permit: {
        refund: () => {
          remove(tenantLog, now);
          if (conversationLog) remove(conversationLog, now);
        },
      },
    };
  }

  /** Waits until a call is allowed and reserves it. */
  async acquire(tenantId: string, conversation?: string): Promise<Permit> {
    const sleep = this.options.sleep ?? defaultSleep;
    for (;;) {
      const result = this.tryAcquire(tenantId, conversation);
      if ('permit' in result) return result.permit;
      await sleep(result.waitMs);
    }
  }

  /**
   * A 429 answer. Teams does not say which limit it hit, so it blocks the conversation, and also the
   * tenant when many of the tenant's calls are being refused at once (at least 5 in the last second and a
   * quarter of its cap): a scattered 429 never slows the other conversations.
   */
  throttled(
    tenantId: string,
    conversation: string | undefined,
    retryAfterMs: number,
  ): 'conversation' | 'tenant' {
    if (conversation !== undefined) this.blockConversation(conversation, retryAfterMs);
    const now = this.options.now();
    const recent = logOf(this.throttles, tenantId);
    recent.push(now);
    while (recent.length > 0 && recent[0]! <= now - 1_000) recent.shift();
    if (conversation === undefined || recent.length >= Math.max(5, this.tenantLimit.count / 4)) {
      this.blockTenant(tenantId, retryAfterMs);
      return 'tenant';
    }
    return 'conversation';
  }

  /** A 429 on one conversation: nothing more to it until Retry-After has passed. */
  blockConversation(conversation: string, retryAfterMs: number): void {
    this.block(conversationKey(conversation), retryAfterMs);
  }

  /** A 429 that names the tenant (or the bot as a whole): that tenant waits, other tenants do not. */
  blockTenant(tenantId: string, retryAfterMs: number): void {
    this.block(tenantKey(tenantId), retryAfterMs);
  }

  private block(key: string, retryAfterMs: number): void {
    const until = this.options.now() + retryAfterMs;
    this.blockedUntil.set(key, Math.max(until, this.blockedUntil.get(key) ?? 0));
  }

  private blockedFor(key: string, now: number): number {
    const until = this.blockedUntil.get(key);
    if (until === undefined) return 0;
    if (until <= now) {
      this.blockedUntil.delete(key);
      return 0;
    }
    return until - now;
  }
}

/** The wait until every limit has room for one more call; prunes entries older than the longest window. */
export function waitFor(log: number[], limits: readonly SlidingLimit[], now: number): number {
  const longest = Math.max(...limits.map((limit) => limit.windowMs));
  while (log.length > 0 && log[0]! <= now - longest) log.shift();
  let wait = 0;
  for (const limit of limits) {
    const inWindow = log.filter((at) => at > now - limit.windowMs);
    if (inWindow.length >= limit.count) {
      // The call that frees a slot is the count-th newest one; it leaves the window at `at + windowMs`.
      const freeing = inWindow[inWindow.length - limit.count]!;
      wait = Math.max(wait, freeing + limit.windowMs - now);
    }
  }
  return wait;
}

/**
 * Full jitter ("Exponential Backoff and Jitter", AWS): a uniformly random delay up to the capped
 * exponential bound, so workers that failed together do not retry together.
 */
export function backoffSeconds(
  attempt: number,
  random: () => number = Math.random,
  baseSeconds = 1,
  capSeconds = 60,
): number {
  const bound = Math.min(capSeconds, baseSeconds * 2 ** Math.max(0, attempt - 1));
  return Math.max(1, Math.ceil(random() * bound));
}

function logOf(logs: Map<string, number[]>, key: string): number[] {
  let log = logs.get(key);
  if (!log) {
    log = [];
    logs.set(key, log);
  }
  return log;
}

function remove(log: number[], at: number): void {
  const index = log.lastIndexOf(at);
  if (index >= 0) log.splice(index, 1);
}

function tenantKey(tenantId: string): string {
  return `tenant:${tenantId}`;
}

function conversationKey(conversation: string): string {
  return `conversation:${conversation}`;
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
