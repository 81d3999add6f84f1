import { parseArgs } from 'node:util';
import { buildAppPackage } from './build-app-package.ts';
import { displayPath } from './display-path.ts';
import { isRecord } from './json-path.ts';
import { PackageError } from './package-error.ts';

const USAGE = 'Usage: npm run package -- --env <name>   (reads env/.env.<name>; default dev)';

/** `npm run package -- --env <name>`: builds and validates `appPackage/build/appPackage.<name>.zip`. */
function main(): void {
  const { values } = parseArgs({ options: { env: { type: 'string', default: 'dev' } }, strict: true });
  const built = buildAppPackage({ envName: values.env, processEnv: process.env });
  const { manifest } = built;
  const name = isRecord(manifest.name) ? String(manifest.name.short) : '';
  const size = `${(built.zipBytes / 1024).toFixed(1)} KB`;
  process.stdout.write(
    `Packaged ${name} ${String(manifest.version)} for "${values.env}": manifest ${String(manifest.manifestVersion)} is valid against its bundled schema, and the package passes every rule.\n` +
      `  ${displayPath(built.zipPath)} (${size}): ${[...built.entries.keys()].join(', ')}\n`,
  );
}

function messageOf(error: unknown): string {
  if (error instanceof PackageError) return error.message;
  if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    return `${error.message}\n${USAGE}`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

try {
  main();
} catch (error) {
  process.stderr.write(`${messageOf(error)}\n`);
  process.exitCode = 1;
}
