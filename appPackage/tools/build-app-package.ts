import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { APP_PACKAGE_DIR, BUILD_DIR, ENV_DIR, zipFileName } from './app-package-paths.ts';
import { fillPlaceholders } from './fill-placeholders.ts';
import { isRecord } from './json-path.ts';
import { missingValuesError } from './missing-values.ts';
import { PackageError } from './package-error.ts';
import { iconFilesOf, languageFilesOf, packageFile, readPackageJson } from './package-files.ts';
import { formatProblem } from './problem.ts';
import { readEnv, type EnvValues } from './read-env.ts';
import { validateAppPackage } from './validate-app-package.ts';
import { zipPackage } from './zip-package.ts';

export interface BuildOptions {
  envName: string;
  envDir?: string;
  appPackageDir?: string;
  /** Where the zip goes; `appPackage/build/` by default. */
  outDir?: string;
  processEnv?: EnvValues;
}

export interface BuiltPackage {
  zipPath: string;
  manifest: Record<string, unknown>;
  /** The zip's entries, manifest.json first. */
  entries: ReadonlyMap<string, Uint8Array>;
  zipBytes: number;
}

/**
 * Fills the manifest and its language files from the environment, validates the whole package (refusing
 * an invalid one, every problem listed) and writes `appPackage.<env>.zip`.
 */
export function buildAppPackage(options: BuildOptions): BuiltPackage {
  const { envName, envDir = ENV_DIR, appPackageDir = APP_PACKAGE_DIR, outDir = BUILD_DIR } = options;
  const processEnv = options.processEnv ?? {};
  const env = readEnv(envDir, envName, processEnv);
  const template = readPackageJson(appPackageDir, 'manifest.json');
  const languageFiles = languageFilesOf(template);
  const filled = [template, ...languageFiles.map((name) => readPackageJson(appPackageDir, name))].map(
    (json) => fillPlaceholders(json, env.values),
  );
  const missing = [...new Set(filled.flatMap((each) => each.missing))];
  if (missing.length > 0) throw missingValuesError(missing, env, processEnv);
  const [manifest, ...languages] = filled.map((each) => each.value);
  if (!isRecord(manifest)) throw new PackageError('manifest.json is not a JSON object');

  const files = new Map<string, Uint8Array>();
  for (const name of iconFilesOf(manifest)) {
    const file = packageFile(appPackageDir, name);
    if (existsSync(file)) files.set(name, readFileSync(file));
  }
  languageFiles.forEach((name, index) => files.set(name, jsonBytes(languages[index])));
  const problems = validateAppPackage({ manifest, files });
  if (problems.length > 0) {
    const list = problems.map((problem) => `  ${formatProblem(problem)}`).join('\n');
    throw new PackageError(`The app package is invalid (${problems.length} problem(s)):\n${list}`);
  }

  const entries = new Map([['manifest.json', jsonBytes(manifest)], ...files]);
  const zip = zipPackage(entries);
  mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, zipFileName(envName));
  writeFileSync(zipPath, zip);
  return { zipPath, manifest, entries, zipBytes: zip.byteLength };
}

function jsonBytes(json: unknown): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(json, null, 2)}\n`);
}
