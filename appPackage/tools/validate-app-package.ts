import { isCommandName } from '../../bot/handlers/commands.ts';
import type { IsCommand } from './command-limits.ts';
import { commandProblems } from './command-rules.ts';
import { iconProblems } from './icon-rules.ts';
import { isRecord } from './json-path.ts';
import { localizationProblems } from './localization-rules.ts';
import { placeholderProblems } from './placeholder-rules.ts';
import type { Problem } from './problem.ts';
import { schemaProblems } from './schema-rules.ts';
import { urlProblems } from './url-rules.ts';
import { versionProblems } from './version-rules.ts';

/** What goes into the zip: manifest.json, and every other file by its name in the package. */
export interface AppPackageContents {
  manifest: unknown;
  files: ReadonlyMap<string, Uint8Array>;
}

export interface ValidateOptions {
  /** Whether a command title is a command of the bot; by default, the bot's own registry. */
  isCommand?: IsCommand;
}

/**
 * Every problem of an app package, offline: the manifest against the bundled JSON schema of its version,
 * and the rules the schema does not check (icons, commands, URLs, placeholders, language files).
 */
export function validateAppPackage(contents: AppPackageContents, options: ValidateOptions = {}): Problem[] {
  const { manifest, files } = contents;
  const isCommand = options.isCommand ?? isCommandName;
  const version = isRecord(manifest) ? manifest.manifestVersion : undefined;
  const problems = [
    ...schemaProblems('manifest', version, 'manifest.json', manifest),
    ...placeholderProblems('manifest.json', manifest),
  ];
  if (!isRecord(manifest)) return problems;
  return [
    ...problems,
    ...versionProblems(manifest),
    ...iconProblems(manifest, files),
    ...commandProblems(manifest, isCommand),
    ...urlProblems(manifest),
    ...localizationProblems(manifest, files, isCommand),
    ...[...files]
      .filter(([name]) => name.endsWith('.json'))
      .flatMap(([name, bytes]) => placeholderProblems(name, parseOrUndefined(bytes))),
  ];
}

function parseOrUndefined(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}
