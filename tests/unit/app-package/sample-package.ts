import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { buildAppPackage, type BuiltPackage } from '../../../appPackage/tools/build-app-package.ts';
import type { AppPackageContents } from '../../../appPackage/tools/validate-app-package.ts';

export interface SamplePackage {
  built: BuiltPackage;
  /** The zip as Teams reads it: every entry by name. */
  unzipped: Record<string, Uint8Array>;
  dispose(): void;
}

/** Builds the package from `env/.env.sample` into a temporary folder (never into appPackage/build). */
export function buildSamplePackage(): SamplePackage {
  const outDir = mkdtempSync(path.join(tmpdir(), 'cadence-app-package-'));
  const built = buildAppPackage({ envName: 'sample', outDir, processEnv: {} });
  const unzipped = unzipSync(new Uint8Array(readFileSync(built.zipPath)));
  return { built, unzipped, dispose: () => rmSync(outDir, { recursive: true, force: true }) };
}

export function jsonOf(bytes: Uint8Array | undefined): unknown {
  if (!bytes) throw new Error('no such entry');
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** The package's contents split the way the validator takes them. */
export function contentsOf(unzipped: Record<string, Uint8Array>): AppPackageContents {
  const files = new Map(Object.entries(unzipped).filter(([name]) => name !== 'manifest.json'));
  return { manifest: jsonOf(unzipped['manifest.json']), files };
}
