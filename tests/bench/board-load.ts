import { Agent, request } from 'node:http';
import { percentile, round } from './stats.ts';

export interface LoadResult {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  rps: number;
}

/**
 * `clients` concurrent keep-alive connections GET `url` until `total` requests are done; latency per
 * request in ms, from sending the request to the last byte of the answer. Plain node:http keeps the
 * client's own cost small next to what it measures.
 */
export async function loadTest(
  url: string,
  token: string,
  clients: number,
  total: number,
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  let issued = 0;
  let errors = 0;
  const started = performance.now();
  async function client(): Promise<void> {
    while (issued < total) {
      issued += 1;
      const t0 = performance.now();
      const status = await get(url, token, agent);
      latencies.push(performance.now() - t0);
      if (status !== 200) errors += 1;
    }
  }
  await Promise.all(Array.from({ length: clients }, client));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    requests: latencies.length,
    errors,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    rps: round(latencies.length / seconds),
  };
}

function get(url: string, token: string, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers: { authorization: `Bearer ${token}` } }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
