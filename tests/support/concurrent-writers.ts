import { apiPaths } from '../../shared/api/routes.ts';

export interface WritersOutcome {
  writers: number;
  lost: number;
  /** 412 answers the writers met and recovered from: proof the race really happened. */
  conflicts: number;
  failed: number;
}

interface TaskTarget {
  baseUrl: string;
  token: string;
  teamId: string;
  taskId: string;
}

/**
 * `writers` clients all start from the SAME stale read of one task and each appends its own line to the
 * description. On 412 a client takes the current version from the answer, re-applies its line and
 * retries. Afterwards every line must be there exactly once: `lost` counts the missing ones.
 */
export async function appendLinesConcurrently(target: TaskTarget, writers: number): Promise<WritersOutcome> {
  const url = target.baseUrl + apiPaths.task(target.teamId, target.taskId);
  const headers = { authorization: `Bearer ${target.token}`, 'content-type': 'application/json' };
  const stale = (await (await fetch(url, { headers })).json()) as { description: string; etag: string };
  let conflicts = 0;
  let failed = 0;

  async function writer(i: number): Promise<void> {
    let base = stale;
    for (let attempt = 0; attempt < 500; attempt += 1) {
      const res = await fetch(url, {
        method: 'PATCH',
        headers: { ...headers, 'if-match': base.etag },
        body: JSON.stringify({ description: appendLine(base.description, `w${i}`) }),
      });
      if (res.ok) return;
      const body = (await res.json()) as { error: { current?: typeof base } };
      if (res.status !== 412 || !body.error.current) break;
      conflicts += 1;
      base = body.error.current;
      // Real clients back off with jitter; without it 200 writers mostly collide with each other.
      await sleep(Math.random() * Math.min(2000, 20 * 2 ** Math.min(attempt, 7)));
    }
    failed += 1;
  }

  await Promise.all(Array.from({ length: writers }, (_, i) => writer(i)));
  const final = (await (await fetch(url, { headers })).json()) as { description: string };
  const lines = final.description.split('\n');
  const lost = Array.from({ length: writers }, (_, i) => `w${i}`).filter(
    (line) => !lines.includes(line),
  ).length;
  return { writers, lost, conflicts, failed };
}

function appendLine(text: string, line: string): string {
  return text ? `${text}\n${line}` : line;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
