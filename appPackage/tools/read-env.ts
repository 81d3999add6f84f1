import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { displayPath } from './display-path.ts';
import { PackageError } from './package-error.ts';

export type EnvValues = Readonly<Record<string, string | undefined>>;

export interface Env {
  values: EnvValues;
  /** The env files read, in order: `.env.<name>`, then `.env.<name>.user` when it exists. */
  files: string[];
}

const ENV_NAME = /^[A-Za-z0-9][\w-]*$/;

/**
 * The environment `name`: `env/.env.<name>`, overridden by the git-ignored `env/.env.<name>.user` (secrets),
 * overridden by the process environment (CI).
 */
export function readEnv(envDir: string, name: string, processEnv: EnvValues): Env {
  if (!ENV_NAME.test(name)) {
    throw new PackageError(`"${name}" is not an environment name (letters, digits, - and _)`);
  }
  const file = path.join(envDir, `.env.${name}`);
  if (!existsSync(file)) {
    const known = environmentsIn(envDir);
    const hint = known.length > 0 ? ` Environments here: ${known.join(', ')}.` : '';
    throw new PackageError(`No environment "${name}": ${displayPath(file)} does not exist.${hint}`);
  }
  const userFile = `${file}.user`;
  const files = existsSync(userFile) ? [file, userFile] : [file];
  const values = Object.assign({}, ...files.map((each) => parseEnv(readFileSync(each, 'utf8'))), processEnv);
  return { values, files };
}

function environmentsIn(envDir: string): string[] {
  if (!existsSync(envDir)) return [];
  return readdirSync(envDir)
    .map((entry) => /^\.env\.([\w-]+)$/.exec(entry)?.[1])
    .filter((name): name is string => name !== undefined)
    .sort();
}
