import type { Team } from '../../shared/domain/team.ts';
import type { TeamScope } from '../../shared/store/team-scope.ts';
import type { BotDeps } from '../handlers/bot-deps.ts';
import { dueJobsOf } from './due-jobs.ts';
import type { JobQueue } from './job-queue.ts';
import { jobKey, type CadenceJob } from './jobs.ts';

/** Jobs of one team put on the queue at the same time: enough to fill a tick quickly, not to flood storage. */
const ENQUEUE_CONCURRENCY = 16;

export type SchedulerDeps = Pick<BotDeps, 'repos' | 'logger' | 'now'>;

export interface SchedulerOptions {
  deps: SchedulerDeps;
  queue: JobQueue;
}

export interface TickReport {
  /** Active teams looked at. */
  teams: number;
  /** Jobs due at this tick (most already enqueued by an earlier tick or another instance). */
  due: number;
  /** Jobs this tick put on the queue. */
  enqueued: CadenceJob[];
  /** Teams whose round failed, and single jobs that failed (logged; the next tick tries again). */
  failedTeams: number;
  failedJobs: number;
}

export interface Scheduler {
  tick(now?: Date): Promise<TickReport>;
}

export interface RunningScheduler extends Scheduler {
  /** Stops ticking and waits for a tick in progress. */
  stop(): Promise<void>;
}

async function forEachLimited<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) await run(items[index] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Puts each due job on the queue once per job key (team, week, kind, member), across ticks and instances:
 * 1. claim the key in the enqueue ledger (insert-if-absent, `enqueuing`): of two instances ticking the
 *    same minute one wins, the other skips;
 * 2. enqueue;
 * 3. mark the key `enqueued`: later ticks (one range read per week) skip it.
 * Nobody is missed: an instance that dies after 1 leaves a claim that another tick takes over once its
 * lease ran out, and enqueues. The one remaining duplicate is a death between 2 and 3: the takeover
 * enqueues the job a second time. That is deliberate (a lost job would be a member never asked) and
 * harmless to members, because the dispatcher claims the same job key in its delivery ledger before each
 * send, so the second message is completed without sending. A job stays due (see `dueSends`) until its
 * window closes, so a tick after downtime still enqueues whatever was due meanwhile.
 */
export function createScheduler({ deps, queue }: SchedulerOptions): Scheduler {
  const { repos, logger } = deps;

  async function enqueueOnce(scope: TeamScope, job: CadenceJob, now: Date): Promise<boolean> {
    const key = jobKey(job);
    if ((await repos.enqueued.claim(scope, key, now)) !== 'claimed') return false;
    try {
      await queue.enqueue(job);
    } catch (error) {
      await repos.enqueued.release(scope, key);
      throw error;
    }
    await repos.enqueued.markEnqueued(scope, key, now);
    return true;
  }

  async function teamRound(team: Team, now: Date, report: TickReport): Promise<void> {
    const scope = { tenantId: team.tenantId, teamId: team.teamId };
    const due = await dueJobsOf(repos, team, now);
    report.due += due.length;
    const weeks = [...new Set(due.map((job) => job.week))];
    const done = new Set<string>();
    for (const week of weeks)
      for (const key of await repos.enqueued.enqueuedKeys(scope, `${week}|`)) done.add(key);
    const pending = due.filter((job) => !done.has(jobKey(job)));
    await forEachLimited(pending, ENQUEUE_CONCURRENCY, async (job) => {
      try {
        if (await enqueueOnce(scope, job, now)) report.enqueued.push(job);
      } catch (error) {
        report.failedJobs += 1;
        logger.error({ err: error, ...scope, job: jobKey(job) }, 'scheduler enqueue failed');
      }
    });
  }

  return {
    async tick(now = deps.now()) {
      const teams = (await repos.teams.listActive()).map((stored) => stored.value);
      const report: TickReport = { teams: teams.length, due: 0, enqueued: [], failedTeams: 0, failedJobs: 0 };
      for (const team of teams) {
        try {
          await teamRound(team, now, report);
        } catch (error) {
          report.failedTeams += 1;
          logger.error(
            { err: error, tenantId: team.tenantId, teamId: team.teamId },
            'scheduler round failed',
          );
        }
      }
      if (report.enqueued.length > 0) {
        logger.info(
          { enqueued: report.enqueued.length, due: report.due, teams: report.teams },
          'scheduler tick',
        );
      }
      return report;
    },
  };
}

/**
 * Ticks now (catching up after a restart) and then every `everyMs` (a minute by default). Ticks never
 * overlap: a slow tick delays the next one.
 */
export function startScheduler(options: SchedulerOptions & { everyMs?: number }): RunningScheduler {
  const scheduler = createScheduler(options);
  const everyMs = options.everyMs ?? 60_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<unknown> = Promise.resolve();

  const run = () => {
    inFlight = scheduler
      .tick()
      .catch((error: unknown) => options.deps.logger.error({ err: error }, 'scheduler tick failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(run, everyMs).unref();
      });
  };
  run();

  return {
    tick: (now) => scheduler.tick(now),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}
