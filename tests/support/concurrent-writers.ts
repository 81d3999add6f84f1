import { setTimeout as sleep } from 'node:timers/promises';
import { apiPaths } from '../../shared/api/routes.ts';
import type { Versioned } from '../../shared/api/versioned.ts';
import type { Task } from '../../shared/domain/task.ts';
import { apiClient } from './api-client.ts';

export interface WritersOutcome {
  writers: number;
  /** Writers whose line is missing from the final description, or present more than once. */
  lost: number;
  /** 412 answers the writers met and recovered from: proof the race really happened. */
  conflicts: number;
  /** Writers that succeeded on their first try (with one shared stale read, exactly one can). */
  firstTryWinners: number;
  /** The final description's lines other than the writers' own. */
  otherLines: string[];
}

interface Target {
  baseUrl: string;
  token: string;
  teamId: string;
  taskId: string;
}

const MAX_TRIES = 200;

/**
 * `writers` clients all start from the SAME stale read of one task, and each appends its own line `w{i}`
 * to the description of the version it holds. On 412 a client takes the stored version from the answer
 * and re-applies its line. Afterwards every line must be there exactly once.
 *
 * Clients spread their retries over a window sized from this machine's PATCH latency, and retry at once
 * after a wait (the version they hold is then surely old, and the 412 hands over a fresh one). Plain
 * exponential backoff from a small base reaches such a window too, but only after several doublings of
 * colliding requests, which against Azurite on 2 cores costs minutes.
 */
export async function appendLinesConcurrently(target: Target, writers: number): Promise<WritersOutcome> {
  const client = apiClient(target.baseUrl, target.token);
  const path = apiPaths.task(target.teamId, target.taskId);
  const window = writers * 1.5 * (await patchLatencyMs(target));
  const stale = (await client.get<Versioned<Task>>(path)).body;
  let conflicts = 0;

  async function writer(i: number): Promise<number> {
    let base = stale;
    let justWoke = false;
    for (let attempt = 1; attempt <= MAX_TRIES; attempt += 1) {
      const res = await client.patch<Versioned<Task>>(
        path,
        { description: `${base.description}\nw${i}` },
        base.etag,
      );
      if (res.status === 200) return attempt;
      if (res.status !== 412 || !res.error?.current) {
        throw new Error(`writer ${i}: ${res.status} ${JSON.stringify(res.error)}`);
      }
      conflicts += 1;
      base = res.error.current as Versioned<Task>;
      if (justWoke) {
        justWoke = false;
        continue;
      }
      await sleep(Math.random() * window);
      justWoke = true;
    }
    throw new Error(`writer ${i} gave up after ${MAX_TRIES} tries`);
  }

  const attempts = await Promise.all(Array.from({ length: writers }, (_, i) => writer(i)));
  const final = (await client.get<Versioned<Task>>(path)).body;
  const counts = new Map<string, number>();
  for (const line of final.description.split('\n')) counts.set(line, (counts.get(line) ?? 0) + 1);
  const mine = Array.from({ length: writers }, (_, i) => `w${i}`);
  return {
    writers,
    lost: mine.filter((line) => counts.get(line) !== 1).length,
    conflicts,
    firstTryWinners: attempts.filter((n) => n === 1).length,
    otherLines: [...counts.keys()].filter((line) => !mine.includes(line)),
  };
}

/** The mean time of a few uncontended PATCHes of the target task. */
async function patchLatencyMs(target: Target): Promise<number> {
  const client = apiClient(target.baseUrl, target.token);
  const path = apiPaths.task(target.teamId, target.taskId);
  let task = (await client.get<Versioned<Task>>(path)).body;
  const samples = 5;
  const started = performance.now();
  for (let i = 0; i < samples; i += 1) {
    const res = await client.patch<Versioned<Task>>(path, { title: task.title }, task.etag);
    if (res.status !== 200) throw new Error(`latency probe: ${res.status}`);
    task = res.body;
  }
  return (performance.now() - started) / samples;
}
