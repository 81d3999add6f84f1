import { commandTextProblem, type IsCommand } from './command-limits.ts';
import { isRecord, jsonPath, valueAt } from './json-path.ts';
import { localizableKeys, parseLocalizationKey } from './localization-keys.ts';
import type { Problem } from './problem.ts';
import { schemaProblems } from './schema-rules.ts';

/** Keys of a language file that are not manifest strings. */
const NOT_TRANSLATIONS: ReadonlySet<string> = new Set(['$schema', 'localizationKeys']);
const COMMAND_TEXT = /^bots\[\d+\]\.commandLists\[\d+\]\.commands\[\d+\]\.(title|description)$/;

/**
 * Each language file of `localizationInfo`: in the package, valid against the bundled localization schema,
 * every key a string of the manifest, every localizable string translated, command texts within Teams'
 * limits (and titles still commands of the bot).
 */
export function localizationProblems(
  manifest: Record<string, unknown>,
  files: ReadonlyMap<string, Uint8Array>,
  isCommand: IsCommand,
): Problem[] {
  const info = isRecord(manifest.localizationInfo) ? manifest.localizationInfo : {};
  const languages = Array.isArray(info.additionalLanguages) ? info.additionalLanguages : [];
  return languages.flatMap((language, index) => {
    const name = isRecord(language) ? language.file : undefined;
    if (typeof name !== 'string') return [];
    const bytes = files.get(name);
    if (!bytes) {
      const path = jsonPath(['localizationInfo', 'additionalLanguages', index, 'file']);
      return [{ file: 'manifest.json', path, message: `"${name}" is not in the package` }];
    }
    let strings: unknown;
    try {
      strings = JSON.parse(new TextDecoder().decode(bytes));
    } catch (error) {
      return [
        {
          file: name,
          path: '$',
          message: `is not JSON: ${error instanceof Error ? error.message : String(error)}`,
        },
      ];
    }
    return [
      ...schemaProblems('localization', manifest.manifestVersion, name, strings),
      ...translationProblems(manifest, name, isRecord(strings) ? strings : {}, isCommand),
    ];
  });
}

function translationProblems(
  manifest: Record<string, unknown>,
  file: string,
  strings: Record<string, unknown>,
  isCommand: IsCommand,
): Problem[] {
  const problems: Problem[] = [];
  const at = (key: string, message: string) => problems.push({ file, path: jsonPath([key]), message });
  for (const [key, text] of Object.entries(strings)) {
    if (NOT_TRANSLATIONS.has(key)) continue;
    const segments = parseLocalizationKey(key);
    if (!segments || typeof valueAt(manifest, segments) !== 'string') {
      at(key, 'translates nothing: the manifest has no string there');
      continue;
    }
    const field = COMMAND_TEXT.exec(key)?.[1];
    if (typeof text === 'string' && (field === 'title' || field === 'description')) {
      for (const message of commandTextProblem(field, text, isCommand)) at(key, message);
    }
  }
  for (const key of localizableKeys(manifest)) {
    if (!Object.hasOwn(strings, key)) {
      at(
        key,
        `is missing: no translation of "${String(valueAt(manifest, parseLocalizationKey(key) ?? []))}"`,
      );
    }
  }
  return problems;
}
