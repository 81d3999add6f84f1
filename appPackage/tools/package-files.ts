import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from './display-path.ts';
import { isRecord } from './json-path.ts';
import { PackageError } from './package-error.ts';

/** The language files `localizationInfo` names. */
export function languageFilesOf(manifest: unknown): string[] {
  const info = isRecord(manifest) && isRecord(manifest.localizationInfo) ? manifest.localizationInfo : {};
  const languages = Array.isArray(info.additionalLanguages) ? info.additionalLanguages : [];
  return languages.map((language) => (isRecord(language) ? language.file : undefined)).filter(isString);
}

/** The icon files `icons` names. */
export function iconFilesOf(manifest: Record<string, unknown>): string[] {
  return isRecord(manifest.icons) ? Object.values(manifest.icons).filter(isString) : [];
}

/** The path of a file the manifest names: it must sit in the package folder, not above it. */
export function packageFile(appPackageDir: string, name: string): string {
  const file = path.resolve(appPackageDir, name);
  if (path.isAbsolute(name) || path.relative(appPackageDir, file).startsWith('..')) {
    throw new PackageError(`manifest.json names "${name}", which is outside ${displayPath(appPackageDir)}`);
  }
  return file;
}

export function readPackageJson(appPackageDir: string, name: string): unknown {
  const file = packageFile(appPackageDir, name);
  if (!existsSync(file)) throw new PackageError(`${displayPath(file)} does not exist`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PackageError(`${displayPath(file)} is not JSON: ${reason}`);
  }
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}
