import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { cachedBuild } from '../../support/build-cache.ts';

const run = promisify(execFile);
const CACHE = path.resolve('.cache/e2e-tab');
/** What the built tab depends on: its sources, the shared contract and the build setup. */
const INPUTS = ['tab', 'shared', 'vite.config.ts', 'package-lock.json'];

/**
 * The tab built as production code plus the local Teams host page (`--mode local-host`), cached by a
 * hash of its inputs so a run (or parallel test files) builds at most once. The build runs as its own
 * process with NODE_ENV=production: inside vitest NODE_ENV is `test`, and Vite would then emit the
 * development JSX runtime.
 */
export async function builtTab(): Promise<string> {
  const vite = path.resolve('node_modules/vite/bin/vite.js');
  return cachedBuild(CACHE, INPUTS, 'index.html', (outDir) =>
    run(process.execPath, [vite, 'build', '--mode', 'local-host', '--outDir', outDir, '--logLevel', 'warn'], {
      env: { NODE_ENV: 'production' },
    }),
  );
}
