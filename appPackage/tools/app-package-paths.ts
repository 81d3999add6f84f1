import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `appPackage/`: the manifest, language files, icons and their SVG sources. */
export const APP_PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
/** `env/`: `.env.<name>` per environment. */
export const ENV_DIR = path.join(APP_PACKAGE_DIR, '..', 'env');
/** `appPackage/build/` (git-ignored): the zips. */
export const BUILD_DIR = path.join(APP_PACKAGE_DIR, 'build');

export function zipFileName(envName: string): string {
  return `appPackage.${envName}.zip`;
}
