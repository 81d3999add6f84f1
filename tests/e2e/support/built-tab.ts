import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CACHE = path.resolve('.cache/e2e-tab');
/** What the built tab depends on: its sources, the shared contract and the build setup. */
const INPUTS = ['tab', 'shared/api', 'shared/domain', 'vite.config.ts', 'package-lock.json'];

/**
 * The tab built as production code plus the local Teams host page (`--mode local-host`), cached by a
 * hash of its inputs so a run (or parallel test files) builds at most once. The build runs as its own
 * process with NODE_ENV=production: inside vitest NODE_ENV is `test`, and Vite would then emit the
 * development JSX runtime.
 */
export async function builtTab(): Promise<string> {
  const dir = path.join(CACHE, inputsHash());
  if (existsSync(path.join(dir, 'index.html'))) return dir;
  const scratch = `${dir}.tmp-${process.pid}-${Date.now()}`;
  const vite = path.resolve('node_modules/vite/bin/vite.js');
  await run(
    process.execPath,
    [vite, 'build', '--mode', 'local-host', '--outDir', scratch, '--logLevel', 'warn'],
    {
      env: { NODE_ENV: 'production' },
    },
  );
  try {
    renameSync(scratch, dir);
  } catch {
    // Another test file built the same inputs first: use theirs.
    rmSync(scratch, { recursive: true, force: true });
  }
  pruneOtherBuilds(path.basename(dir));
  return dir;
}

function inputsHash(): string {
  const hash = createHash('sha256');
  for (const input of INPUTS)
    for (const file of filesUnder(path.resolve(input))) {
      hash.update(path.relative(process.cwd(), file));
      hash.update(readFileSync(file));
    }
  return hash.digest('hex').slice(0, 16);
}

function filesUnder(entry: string): string[] {
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((child) => filesUnder(path.join(entry, child.name)));
}

function pruneOtherBuilds(keep: string): void {
  for (const name of readdirSync(CACHE)) {
    if (name !== keep && !name.includes('.tmp-'))
      rmSync(path.join(CACHE, name), { recursive: true, force: true });
  }
}
