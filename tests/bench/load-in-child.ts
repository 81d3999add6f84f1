import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadResult } from './board-load.ts';

export function loadTestInChild(
  url: string,
  token: string,
  clients: number,
  total: number,
): Promise<LoadResult> {
  const child = fork(
    fileURLToPath(new URL('./load-client.ts', import.meta.url)),
    [url, token, String(clients), String(total)],
    {
      execArgv: ['--import', 'tsx'],
    },
  );
  return new Promise((resolve, reject) => {
    child.once('message', (result) => resolve(result as LoadResult));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load client exited with ${code}`));
    });
  });
}
