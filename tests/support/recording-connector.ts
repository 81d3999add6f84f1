import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConnectorFixture } from './teams-fixtures.ts';
import type { WireActivity, WireErrorBody, WireTeamsMember } from './teams-wire.ts';

export interface RecordedRequest {
  method: string;
  /** Decoded path without the query, e.g. `/v3/conversations/a:1fake…/activities/1736175600456`. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON; the raw text when it is not JSON; undefined when empty. */
  body: unknown;
  /** The status the connector answered with. */
  status: number;
}

export interface SentActivity {
  conversationId: string;
  /** Set for replies (`POST …/activities/{replyToId}`). */
  replyToId?: string;
  /** The id the connector assigned. */
  id: string;
  activity: WireActivity;
}

export interface UpdatedActivity {
  conversationId: string;
  activityId: string;
  activity: WireActivity;
}

export interface RecordingConnectorOptions {
  /**
   * Pages of `GET /v3/conversations/{teamId}/pagedmembers`, for every team; each page but the last carries a
   * continuation token. Defaults to one page: the members of fixtures/paged-members-response.json.
   * `GET /v3/conversations/{teamId}/members/{memberId}` answers from the same pages.
   */
  memberPages?: WireTeamsMember[][];
}

export interface RecordingConnector {
  /** The serviceUrl to put on inbound activities, with its trailing slash as Teams sends it. */
  url: string;
  requests(): RecordedRequest[];
  /** Activities accepted by `POST /v3/conversations/{id}/activities[/{replyToId}]`, in arrival order. */
  sentActivities(): SentActivity[];
  updatedActivities(): UpdatedActivity[];
  /** The Teams user id of each 1:1 chat opened (`POST /v3/conversations`), in order, refused ones included. */
  chatsOpened(): string[];
  /**
   * The next `count` requests whose decoded path matches `pattern` (a substring or a RegExp) get `status`
   * with the Bot Connector's error body; a 429 carries `Retry-After` (seconds, default 1).
   */
  failNext(pattern: string | RegExp, status: number, count?: number, options?: { retryAfter?: number }): void;
  setMemberPages(pages: WireTeamsMember[][]): void;
  /** Resolves with the sent activities once at least `count` have arrived; rejects after `timeoutMs`. */
  waitForActivities(count: number, timeoutMs?: number): Promise<SentActivity[]>;
  /** Forgets requests, activities and scripted failures, and restores the member pages of the options. */
  reset(): void;
  close(): Promise<void>;
}

interface ScriptedFailure {
  pattern: string | RegExp;
  status: number;
  remaining: number;
  retryAfter: number;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const CONVERSATIONS = /^\/v3\/conversations\/?$/;
const ACTIVITIES = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;
const PAGED_MEMBERS = /^\/v3\/conversations\/([^/]+)\/pagedmembers\/?$/;
const MEMBER = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)\/?$/;

/**
 * A loopback Bot Connector (the Teams cloud side of a bot) that records every request and answers in
 * Teams' wire format, so bot tests go through real HTTP end to end.
 */
export async function startRecordingConnector(
  options: RecordingConnectorOptions = {},
): Promise<RecordingConnector> {
  const defaultPages = options.memberPages ?? [loadConnectorFixture('paged-members-response').members];
  let requests: RecordedRequest[] = [];
  let sent: SentActivity[] = [];
  let updated: UpdatedActivity[] = [];
  let failures: ScriptedFailure[] = [];
  let memberPages = defaultPages;
  let waiters: Array<() => void> = [];
  let nextActivityId = 1736175600000;
  const conversationsByMember = new Map<string, string>();

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res
        .writeHead(500, { 'content-type': 'text/plain' })
        .end(`recording connector failed: ${String(error)}`);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://connector.invalid');
    const path = safeDecode(url.pathname);
    const body = parseBody(text);
    const method = req.method ?? 'GET';
    const reply = scriptedFailure(path) ?? route(method, url, body);
    requests.push({
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
      status: reply.status,
    });
    res.writeHead(reply.status, {
      ...(reply.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      ...reply.headers,
    });
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
    notify();
  }

  function scriptedFailure(path: string): Reply | undefined {
    const failure = failures.find((candidate) => candidate.remaining > 0 && matches(candidate.pattern, path));
    if (!failure) return undefined;
    failure.remaining -= 1;
    return {
      status: failure.status,
      body: errorBody(failure.status),
      headers: failure.status === 429 ? { 'retry-after': String(failure.retryAfter) } : {},
    };
  }

  function route(method: string, url: URL, body: unknown): Reply {
    const rawPath = url.pathname;
    const activities = ACTIVITIES.exec(rawPath);
    if (activities) {
      const conversationId = safeDecode(activities[1] ?? '');
      const activityId = activities[2] === undefined ? undefined : safeDecode(activities[2]);
      if (!isActivity(body)) return badArgument('The body must be an activity with a type.');
      if (method === 'POST') {
        const id = String(nextActivityId++);
        sent.push({
          conversationId,
          ...(activityId === undefined ? {} : { replyToId: activityId }),
          id,
          activity: body,
        });
        return { status: 201, body: { id } };
      }
      if (method === 'PUT' && activityId !== undefined) {
        updated.push({ conversationId, activityId, activity: body });
        return { status: 200, body: { id: activityId } };
      }
    }
    if (method === 'POST' && CONVERSATIONS.test(rawPath)) return createConversation(body);
    const pagedMembers = PAGED_MEMBERS.exec(rawPath);
    if (method === 'GET' && pagedMembers) return pageOfMembers(url.searchParams.get('continuationToken'));
    const member = MEMBER.exec(rawPath);
    if (method === 'GET' && member) return oneMember(safeDecode(member[2] ?? ''));
    return {
      status: 404,
      body: {
        error: { code: 'NotFound', message: `The recording connector has no route for ${method} ${rawPath}` },
      },
    };
  }

  function createConversation(body: unknown): Reply {
    const member = isRecord(body) && Array.isArray(body.members) ? (body.members[0] as unknown) : undefined;
    const memberId = isRecord(member) && typeof member.id === 'string' ? member.id : undefined;
    if (!memberId) return badArgument('members[0].id is required to create a 1:1 conversation.');
    // Teams answers the same 1:1 conversation for the same user every time.
    const id =
      conversationsByMember.get(memberId) ??
      `a:1fake-personal-conversation-${String(conversationsByMember.size + 1).padStart(4, '0')}`;
    conversationsByMember.set(memberId, id);
    return { status: 201, body: { id } };
  }

  function pageOfMembers(continuationToken: string | null): Reply {
    const index = continuationToken === null ? 0 : pageIndexOf(continuationToken);
    if (index === undefined || (index > 0 && index >= memberPages.length)) {
      return badArgument('The continuation token is not valid.');
    }
    const members = memberPages[index] ?? [];
    const hasMore = index + 1 < memberPages.length;
    return { status: 200, body: { ...(hasMore ? { continuationToken: tokenFor(index + 1) } : {}), members } };
  }

  function oneMember(memberId: string): Reply {
    const found = memberPages.flat().find((candidate) => candidate.id === memberId);
    if (found) return { status: 200, body: found };
    return {
      status: 404,
      body: { error: { code: 'MemberNotFoundInConversation', message: 'Member not found.' } },
    };
  }

  function notify(): void {
    const pending = waiters;
    waiters = [];
    for (const wake of pending) wake();
  }

  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server.address() as AddressInfo));
  });

  return {
    url: `http://127.0.0.1:${address.port}/`,
    requests: () => [...requests],
    sentActivities: () => [...sent],
    updatedActivities: () => [...updated],
    chatsOpened: () =>
      requests
        .filter((request) => request.method === 'POST' && CONVERSATIONS.test(request.path))
        .map((request) => {
          const body = request.body as { members?: Array<{ id?: string }> } | undefined;
          return body?.members?.[0]?.id ?? '';
        }),
    failNext(pattern, status, count = 1, failureOptions = {}) {
      failures.push({ pattern, status, remaining: count, retryAfter: failureOptions.retryAfter ?? 1 });
    },
    setMemberPages(pages) {
      memberPages = pages;
    },
    waitForActivities(count, timeoutMs = 2000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((waiter) => waiter !== check);
          reject(
            new Error(
              `Expected ${count} activities within ${timeoutMs} ms; the connector got ${sent.length}`,
            ),
          );
        }, timeoutMs);
        function check(): void {
          if (sent.length >= count) {
            clearTimeout(timer);
            resolve([...sent]);
          } else waiters.push(check);
        }
        check();
      });
    },
    reset() {
      requests = [];
      sent = [];
      updated = [];
      failures = [];
      memberPages = defaultPages;
      conversationsByMember.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function errorBody(status: number): WireErrorBody {
  if (status === 429) return loadConnectorFixture('error-429');
  if (status === 403) return loadConnectorFixture('error-403-bot-not-in-roster');
  const codes: Record<number, WireErrorBody['error']> = {
    400: { code: 'BadArgument', message: 'The request is not valid.' },
    404: { code: 'ConversationNotFound', message: 'Conversation not found.' },
    412: { code: 'PreconditionFailed', message: 'The precondition failed.' },
    413: { code: 'MessageSizeTooBig', message: 'The message is too big.' },
  };
  return { error: codes[status] ?? { code: 'ServiceError', message: 'The service failed.' } };
}

function badArgument(message: string): Reply {
  return { status: 400, body: { error: { code: 'BadArgument', message } } };
}

function tokenFor(pageIndex: number): string {
  return `fake-continuation-token-${String(pageIndex).padStart(4, '0')}`;
}

function pageIndexOf(token: string): number | undefined {
  const match = /^fake-continuation-token-(\d{4})$/.exec(token);
  return match ? Number(match[1]) : undefined;
}

function matches(pattern: string | RegExp, path: string): boolean {
  return typeof pattern === 'string' ? path.includes(pattern) : pattern.test(path);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isActivity(value: unknown): value is WireActivity {
  return isRecord(value) && typeof value.type === 'string';
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
