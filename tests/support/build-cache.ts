import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/** A short hash of the files under `inputs` (paths and contents), naming a cached build of them. */
export function hashOfFiles(inputs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const input of inputs)
    for (const file of filesUnder(path.resolve(input))) {
      hash.update(path.relative(process.cwd(), file));
      hash.update(readFileSync(file));
    }
  return hash.digest('hex').slice(0, 16);
}

/** Removes the other finished builds in `cacheDir`, leaving `keep` and builds still in progress. */
export function pruneSiblings(cacheDir: string, keep: string): void {
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
