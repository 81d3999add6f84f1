import { displayPath } from './display-path.ts';
import { PackageError } from './package-error.ts';
import type { Env, EnvValues } from './read-env.ts';

/** `Missing values for TEAMS_APP_ID, BOT_ID in env/.env.dev (and env/.env.dev.user)`. */
export function missingValuesError(
  missing: readonly string[],
  env: Env,
  processEnv: EnvValues,
): PackageError {
  const [first = '', ...overrides] = env.files.map(displayPath);
  const files = overrides.length > 0 ? `${first} (and ${overrides.join(', ')})` : first;
  const fromProcess = missing.some((name) => processEnv[name] !== undefined);
  return new PackageError(
    `Missing values for ${missing.join(', ')} in ${fromProcess ? `${files} or the process environment` : files}`,
  );
}
