import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { cachedBuild } from './build-cache.ts';

const run = promisify(execFile);
const CACHE = path.resolve('.cache/production-build');
/** What `npm run build` reads. */
const INPUTS = [
  'tab',
  'shared',
  'bot',
  'vite.config.ts',
  'tsconfig.json',
  'tsconfig.build.json',
  'package-lock.json',
];

/**
 * `npm run build`'s output (the tab by Vite, the service by tsc), laid out as in `dist/` (`tab/` next to
 * `server/`) but in a cache folder keyed by a hash of the inputs, so a test never overwrites a developer's
 * `dist/` and a run builds at most once. Returns the folder holding `tab/` and `server/`.
 */
export async function builtApp(): Promise<string> {
  const env = { NODE_ENV: 'production' };
  return cachedBuild(CACHE, INPUTS, 'server/bot/main.js', (outDir) =>
    Promise.all([
      run(
        process.execPath,
        [
          path.resolve('node_modules/vite/bin/vite.js'),
          'build',
          '--outDir',
          path.join(outDir, 'tab'),
          '--logLevel',
          'warn',
        ],
        { env },
      ),
      run(
        process.execPath,
        [
          path.resolve('node_modules/typescript/bin/tsc'),
          '-p',
          'tsconfig.build.json',
          '--outDir',
          path.join(outDir, 'server'),
        ],
        { env },
      ),
    ]),
  );
}
