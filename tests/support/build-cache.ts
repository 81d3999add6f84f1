import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * A build of `inputs`, cached in `cacheDir` under a hash of them, so a run (or parallel test files) builds
 * at most once: `build` writes into a scratch folder that is renamed into place when done, and older builds
 * are removed. `marker` is a file (relative to the build) that only a finished build has.
 */
export async function cachedBuild(
  cacheDir: string,
  inputs: readonly string[],
  marker: string,
  build: (outDir: string) => Promise<unknown>,
): Promise<string> {
  const dir = path.join(cacheDir, hashOfFiles(inputs));
  if (existsSync(path.join(dir, marker))) return dir;
  const scratch = `${dir}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(scratch, { recursive: true });
  await build(scratch);
  try {
    renameSync(scratch, dir);
  } catch {
    // Another test file built the same inputs first: use theirs.
    rmSync(scratch, { recursive: true, force: true });
  }
  pruneSiblings(cacheDir, path.basename(dir));
  return dir;
}

/** A short hash of the files under `inputs` (paths and contents), naming a cached build of them. */
function hashOfFiles(inputs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const input of inputs)
    for (const file of filesUnder(path.resolve(input))) {
      hash.update(path.relative(process.cwd(), file));
      hash.update(readFileSync(file));
    }
  return hash.digest('hex').slice(0, 16);
}

/** Removes the other finished builds in `cacheDir`, leaving `keep` and builds still in progress. */
function pruneSiblings(cacheDir: string, keep: string): void {
  for (const name of readdirSync(cacheDir)) {
    if (name !== keep && !name.includes('.tmp-'))
      rmSync(path.join(cacheDir, name), { recursive: true, force: true });
  }
}

function filesUnder(entry: string): string[] {
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((child) => filesUnder(path.join(entry, child.name)));
}
