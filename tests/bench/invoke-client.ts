import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import type { LoadResult } from './board-load.ts';
import { percentile, round } from './stats.ts';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/**
 * The child process of invokeLoadInChild: POSTs each activity to `/api/messages` over keep-alive
 * connections, `clients` at a time. An answer counts as an error unless it is a 200 carrying a card.
 */
function post(url: string, body: string, agent: Agent): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function answeredWithCard(text: string): boolean {
  try {
    return (JSON.parse(text) as { type?: unknown }).type === ADAPTIVE_CARD;
  } catch {
    return false;
  }
}

const [url, file, clients] = process.argv.slice(2);
const bodies = (JSON.parse(readFileSync(file!, 'utf8')) as object[]).map((activity) =>
  JSON.stringify(activity),
);
const agent = new Agent({ keepAlive: true, maxSockets: Number(clients) });
const latencies: number[] = [];
let next = 0;
let errors = 0;
const started = performance.now();
async function client(): Promise<void> {
  while (next < bodies.length) {
    const body = bodies[next]!;
    next += 1;
    const t0 = performance.now();
    const answer = await post(url!, body, agent);
    latencies.push(performance.now() - t0);
    if (answer.status !== 200 || !answeredWithCard(answer.text)) errors += 1;
  }
}
await Promise.all(Array.from({ length: Number(clients) }, client));
const seconds = (performance.now() - started) / 1000;
agent.destroy();
const result: LoadResult = {
  requests: latencies.length,
  errors,
  p50: round(percentile(latencies, 50)),
  p95: round(percentile(latencies, 95)),
  rps: round(latencies.length / seconds),
};
process.send?.(result);
