import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createScheduler, startScheduler, type Scheduler } from '../../../bot/cadence/scheduler.ts';
import type { JobQueue } from '../../../bot/cadence/job-queue.ts';
import { jobKey, type CadenceJob } from '../../../bot/cadence/jobs.ts';
import { createJobQueueClient, StorageJobQueue } from '../../../bot/cadence/storage-job-queue.ts';
import { DeadLetterRepository } from '../../../shared/store/dead-letter-repository.ts';
import { DeliveryLedger } from '../../../shared/store/delivery-ledger.ts';
import type { EnqueueLedger } from '../../../shared/store/enqueue-ledger.ts';
import { createRepositories, type Repositories } from '../../../shared/store/repositories.ts';
import type { TableClients } from '../../../shared/store/table-clients.ts';
import { TABLES } from '../../../shared/store/table-names.ts';
import { captureLogs } from '../../support/captured-logs.ts';
import { testRepositories } from '../../support/test-repositories.ts';
import { storageConnectionString, uniqueTablePrefix } from '../../support/test-tables.ts';
import { answer, scheduledTeam, type ScheduledTeam } from './scheduled-team.ts';

const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';
const ADELAIDE = 'Australia/Adelaide';
const KOLKATA = 'Asia/Kolkata';
const STEP_MINUTES = 30;

interface QueueUnderTest {
  queue: JobQueue;
  /** Everything on the queue, in order, taken off it. */
  drain(): Promise<CadenceJob[]>;
}

function memoryQueue(): QueueUnderTest {
  const jobs: CadenceJob[] = [];
  return {
    queue: {
      enqueue: async (job) => void jobs.push(job),
      receive: async () => [],
      complete: async () => undefined,
      retryLater: async () => undefined,
    },
    drain: async () => jobs.splice(0),
  };
}

async function storageQueue(tables: TableClients): Promise<QueueUnderTest> {
  const client = createJobQueueClient({
    connectionString: storageConnectionString(),
    tablePrefix: uniqueTablePrefix(),
  });
  const queue = new StorageJobQueue(client, new DeadLetterRepository(tables.table(TABLES.deadLetters)));
  await queue.ensure();
  return {
    queue,
    async drain() {
      const jobs: CadenceJob[] = [];
      for (;;) {
        const batch = await queue.receive(32, 300);
        if (batch.length === 0) return jobs;
        for (const received of batch) {
          jobs.push(received.job);
          await queue.complete(received);
        }
      }
    },
  };
}

/** A second service instance: its own repositories (own caches) on the same tables. */
function instance(tables: TableClients, queue: JobQueue, repos?: Repositories): Scheduler {
  const own = repos ?? createRepositories((name) => tables.table(name));
  return createScheduler({
    deps: { repos: own, logger: captureLogs().logger, now: () => new Date() },
    queue,
  });
}

async function tickEvery(schedulers: Scheduler[], from: string, to: string): Promise<void> {
  for (let t = Date.parse(from); t < Date.parse(to); t += STEP_MINUTES * 60_000) {
    await Promise.all(schedulers.map((scheduler) => scheduler.tick(new Date(t))));
  }
}

function keysOf(jobs: CadenceJob[]): string[] {
  return jobs.map((job) => `${job.teamId}|${jobKey(job)}`);
}

/** What week 11 of 2026 must produce for the team: one of each, nobody missed. */
function expectedKeys(seeded: ScheduledTeam, answeredUserId: string): string[] {
  const [leader] = seeded.people;
  const prefix = seeded.team.teamId;
  return [
    `${prefix}|2026-W10|summary|team`,
    `${prefix}|2026-W10|digest|${leader?.userId}`,
    ...seeded.people.flatMap((person) => [
      `${prefix}|2026-W11|checkin|${person.userId}`,
      ...(person.userId === answeredUserId ? [] : [`${prefix}|2026-W11|reminder|${person.userId}`]),
    ]),
    `${prefix}|2026-W11|summary|team`,
    `${prefix}|2026-W11|digest|${leader?.userId}`,
  ].sort();
}

let repos: Repositories;
let tables: TableClients;

beforeEach(async () => {
  ({ repos, tables } = await testRepositories());
});

describe.each([
  ['an in-memory queue', async () => memoryQueue()],
  ['the Azure Storage Queue (Azurite)', async () => storageQueue(tables)],
])('two scheduler instances on %s', (_name, makeQueue) => {
  it('enqueue each job key once over a DST-change week, members in four zones, nobody missed', async () => {
    const under = await makeQueue();
    const seeded = await scheduledTeam(repos, [NY, BERLIN, ADELAIDE, KOLKATA]);
    const kolkata = seeded.people[4]?.userId ?? '';
    await answer(repos, seeded.scope, '2026-W11', kolkata);
    const schedulers = [instance(tables, under.queue), instance(tables, under.queue)];

    // Sunday 8 March (New York's clocks go forward) to Friday 13 March, both instances every 30 minutes.
    await tickEvery(schedulers, '2026-03-08T12:00:00Z', '2026-03-13T00:00:00Z');

    const keys = keysOf(await under.drain());
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(expectedKeys(seeded, kolkata));
  });
});

describe('the scheduler, on one instance', () => {
  it('enqueues each member’s check-in at their local 09:00 (the tick that first sees it due)', async () => {
    const { queue, drain } = memoryQueue();
    const seeded = await scheduledTeam(repos, [NY, ADELAIDE, KOLKATA]);
    const scheduler = instance(tables, queue, repos);
    const firstTick = new Map<string, string>();
    for (
      let t = Date.parse('2026-03-08T12:00:00Z');
      t < Date.parse('2026-03-09T18:00:00Z');
      t += 30 * 60_000
    ) {
      const report = await scheduler.tick(new Date(t));
      for (const job of report.enqueued)
        firstTick.set(`${job.kind}|${'userId' in job ? job.userId : ''}`, new Date(t).toISOString());
    }
    const [, ny, adelaide, kolkata] = seeded.people;
    expect(firstTick.get(`checkin|${adelaide?.userId}`)).toBe('2026-03-08T22:30:00.000Z');
    expect(firstTick.get(`checkin|${kolkata?.userId}`)).toBe('2026-03-09T03:30:00.000Z');
    expect(firstTick.get(`checkin|${seeded.people[0]?.userId}`)).toBe('2026-03-09T08:00:00.000Z');
    expect(firstTick.get(`checkin|${ny?.userId}`)).toBe('2026-03-09T13:00:00.000Z');
    expect(await drain()).toHaveLength(6);
  });

  it('skips paused members and those who left; picks a resumed member up while the window is open', async () => {
    const { queue, drain } = memoryQueue();
    const seeded = await scheduledTeam(repos, [BERLIN, BERLIN]);
    const [, paused, leaving] = seeded.people;
    await repos.members.update(seeded.scope, paused?.userId ?? '', (m) => ({
      ...m,
      pausedUntil: '2026-03-20',
    }));
    await repos.members.update(seeded.scope, leaving?.userId ?? '', (m) => ({ ...m, active: false }));
    const scheduler = instance(tables, queue, repos);

    await scheduler.tick(new Date('2026-03-09T08:00:00Z'));
    expect(keysOf(await drain()).filter((key) => key.includes('checkin'))).toEqual([
      `${seeded.team.teamId}|2026-W11|checkin|${seeded.people[0]?.userId}`,
    ]);

    await repos.members.update(seeded.scope, paused?.userId ?? '', ({ pausedUntil: _, ...m }) => m);
    await scheduler.tick(new Date('2026-03-10T10:00:00Z'));
    expect(keysOf(await drain())).toEqual([`${seeded.team.teamId}|2026-W11|checkin|${paused?.userId}`]);
  });

  it('catches up after downtime: a first tick late in the window enqueues everything still due', async () => {
    const { queue, drain } = memoryQueue();
    const seeded = await scheduledTeam(repos, [NY, ADELAIDE]);
    const report = await instance(tables, queue, repos).tick(new Date('2026-03-11T23:00:00Z'));
    expect(report.failedJobs).toBe(0);
    const kinds = (await drain()).filter((job) => job.week === '2026-W11').map((job) => job.kind);
    // Berlin's (the leader's) and New York's windows are open and late: check-in and reminder each;
    // Adelaide's closed at 22:30 UTC: nothing for it.
    expect(kinds.sort()).toEqual(['checkin', 'checkin', 'reminder', 'reminder']);
    expect(seeded.people).toHaveLength(3);
  });
});

describe('a scheduler that dies half-way through a tick', () => {
  /** An enqueue ledger whose process "dies" at `phase`: the call throws and nothing after it runs. */
  function dyingLedger(real: EnqueueLedger, phase: 'afterClaim' | 'beforeMark'): EnqueueLedger {
    const dying = Object.create(real) as EnqueueLedger;
    if (phase === 'afterClaim') {
      dying.claim = async (...args) => {
        await real.claim(...args);
        throw new Error('process died after the claim');
      };
    } else {
      dying.markEnqueued = async () => {
        throw new Error('process died before marking');
      };
    }
    dying.release = async () => undefined;
    return dying;
  }

  /** The dispatcher's once-only rule: a job is sent only by whoever claims its key in the delivery ledger. */
  async function sendOnce(jobs: CadenceJob[]): Promise<string[]> {
    const ledger = new DeliveryLedger(tables.table(TABLES.deliveries));
    const sent: string[] = [];
    const now = new Date('2026-03-13T00:00:00Z');
    for (const job of jobs) {
      const key = { tenantId: job.tenantId, teamId: job.teamId, key: jobKey(job) };
      const claim = await ledger.claim(key, 'worker', now);
      if (claim.kind !== 'claimed') continue;
      await ledger.markSent(key, now, { conversationId: 'c', activityId: `a${sent.length}` }, now);
      sent.push(`${job.teamId}|${jobKey(job)}`);
    }
    return sent;
  }

  it.each(['afterClaim', 'beforeMark'] as const)(
    'dies %s: the restarted instance waits out the lease, nobody is missed, no key is sent twice',
    async (phase) => {
      const { queue, drain } = memoryQueue();
      const seeded = await scheduledTeam(repos, [NY, BERLIN, ADELAIDE, KOLKATA]);
      const crashing = instance(tables, queue, { ...repos, enqueued: dyingLedger(repos.enqueued, phase) });
      const first = await crashing.tick(new Date('2026-03-09T08:00:00Z'));
      expect(first.failedJobs).toBeGreaterThan(0);
      expect(first.enqueued).toEqual([]);

      const restarted = instance(tables, queue);
      const sameMinute = await restarted.tick(new Date('2026-03-09T08:00:30Z'));
      expect(sameMinute.enqueued).toEqual([]); // the dead instance's claims are still within their lease
      await tickEvery([restarted], '2026-03-09T08:30:00Z', '2026-03-13T00:00:00Z');

      const jobs = await drain();
      const queued = keysOf(jobs);
      const duplicates = queued.length - new Set(queued).size;
      // Dying after the enqueue leaves a second queue message per job it had enqueued; dying before it none.
      expect(duplicates).toBe(phase === 'beforeMark' ? first.failedJobs : 0);
      const sent = await sendOnce(jobs);
      expect(sent).toHaveLength(new Set(sent).size);
      expect([...sent].sort()).toEqual(expectedKeys(seeded, ''));
    },
  );
});

describe('startScheduler', () => {
  it('ticks at once and then every interval, and not after stop', async () => {
    const { queue, drain } = memoryQueue();
    const seeded = await scheduledTeam(repos, [BERLIN]);
    let now = new Date('2026-03-09T07:59:00Z');
    const running = startScheduler({
      deps: { repos, logger: captureLogs().logger, now: () => now },
      queue,
      everyMs: 20,
    });
    const taken: CadenceJob[] = [];
    const kinds = async () => {
      taken.push(...(await drain()));
      return taken.map((job) => `${job.week}|${job.kind}`).sort();
    };
    await vi.waitFor(async () => expect(await kinds()).toEqual(['2026-W10|digest', '2026-W10|summary']));
    now = new Date('2026-03-09T08:00:00Z');
    await vi.waitFor(async () => expect(await kinds()).toContain('2026-W11|checkin'));
    await running.stop();
    expect(taken.filter((job) => job.kind === 'checkin')).toHaveLength(seeded.people.length);
    now = new Date('2026-03-11T20:00:00Z');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await drain()).toEqual([]);
  });
});
