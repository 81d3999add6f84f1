import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createRepositories } from '../../shared/store/repositories.ts';
import { createTableClients } from '../../shared/store/table-clients.ts';
import { TABLES } from '../../shared/store/table-names.ts';
import { createFanoutRig, teamsUserIdOf } from '../support/fanout-rig.ts';
import { startRateLimitedConnector } from '../support/rate-limited-connector.ts';
import { startAzuriteProcess } from './azurite-process.ts';

const MEMBERS = 1000;
const TENANT_RPS = 40;
const TENANT_ID = '00000000-0000-4000-8000-00000000fa00';
const TEAM_ID = '19:fanout-bench@thread.tacv2';

export interface FanoutFigures {
  fanout_members: number;
  fanout_rate_ratio: number;
  fanout_sends_per_second: number;
  fanout_duplicates: number;
  fanout_missed: number;
  fanout_seconds: number;
  fanout_429s: number;
  fanout_429s_over_limit: number;
  fanout_conversation_opens: number;
  fanout_dead_letters: number;
}

/**
 * The weekly fan-out of 1,000 check-ins through the real dispatcher, queue (Azurite) and delivery ledger
 * into a connector that enforces Teams' limits, answers 429 at random on 5 % of calls, and caps the tenant
 * at 40 RPS. The members' 1:1 chats are known already (remembered from an earlier week), so each check-in
 * is one call; a first-ever week needs one more call per member to open the chat.
 */
export async function measureFanout(): Promise<FanoutFigures> {
  // Table and Queue Storage are services of their own in production: Azurite runs in two child processes.
  const [tablesProcess, queueProcess] = await Promise.all([startAzuriteProcess(), startQueueProcess()]);
  const azurite = {
    connectionString: `${tablesProcess.connectionString}QueueEndpoint=${queueProcess.endpoint};`,
    stop: () => Promise.all([tablesProcess.stop(), queueProcess.stop()]),
  };
  const connector = await startRateLimitedConnector({ tenantRps: TENANT_RPS, randomThrottle: 0.05 });
  try {
    const prefix = `b${randomBytes(6).toString('hex')}`;
    const tables = createTableClients({ connectionString: azurite.connectionString, tablePrefix: prefix });
    await tables.ensureTables(Object.values(TABLES));
    const repos = createRepositories((name) => tables.table(name));
    const rig = await createFanoutRig({
      repos,
      tables,
      connectionString: azurite.connectionString,
      queuePrefix: prefix,
      serviceUrl: connector.url,
    });
    const members = Array.from(
      { length: MEMBERS },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    await inParallel(members, 20, (userId) =>
      rig.conversations.put(TENANT_ID, teamsUserIdOf(userId), `a:1${teamsUserIdOf(userId)}`),
    );
    await inParallel(members, 20, (userId) =>
      rig.queue.enqueue({ kind: 'checkin', tenantId: TENANT_ID, teamId: TEAM_ID, week: '2026-W02', userId }),
    );

    const started = performance.now();
    const dispatcher = rig.start({ workers: 24, batchSize: 8, tenantRps: TENANT_RPS });
    await rig.drained(120_000);
    await dispatcher.stop();

    const stats = connector.stats();
    const seconds = ((stats.lastAt ?? started) - started) / 1000;
    const accepted = connector.accepted();
    const perMember = members.map((userId) => accepted.get(`a:1${teamsUserIdOf(userId)}`)?.length ?? 0);
    const delivered = perMember.filter((count) => count > 0).length;
    const rate = delivered / seconds;
    const deadLetters = await rig.deadLetters.list(`${TENANT_ID}|${TEAM_ID}`);
    return {
      fanout_members: MEMBERS,
      fanout_rate_ratio: round(rate / TENANT_RPS, 3),
      fanout_sends_per_second: round(rate, 1),
      fanout_duplicates: perMember.reduce((sum, count) => sum + Math.max(0, count - 1), 0),
      fanout_missed: perMember.filter((count) => count === 0).length,
      fanout_seconds: round(seconds, 2),
      fanout_429s: stats.throttled,
      fanout_429s_over_limit: stats.throttledByLimit,
      fanout_conversation_opens: stats.opens,
      fanout_dead_letters: deadLetters.length,
    };
  } finally {
    await connector.close();
    await azurite.stop();
  }
}

async function startQueueProcess(): Promise<{ endpoint: string; stop(): Promise<void> }> {
  const bin = fileURLToPath(new URL('../../node_modules/azurite/dist/src/queue/main.js', import.meta.url));
  const child = spawn(
    process.execPath,
    [
      bin,
      '--inMemoryPersistence',
      '--disableTelemetry',
      '--skipApiVersionCheck',
      '--queueHost',
      '127.0.0.1',
      '--queuePort',
      '0',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`azurite-queue exited with ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /successfully listens on (http:\/\/[^\s]+)/.exec(chunk.toString());
      if (match) resolve(`${match[1]!.replace(/\/$/, '')}/devstoreaccount1`);
    });
  });
  return {
    endpoint,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function inParallel<T>(
  items: T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

function round(value: number, digits: number): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}
