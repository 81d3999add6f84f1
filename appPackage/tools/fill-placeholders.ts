import { mapStrings, walkStrings } from './json-path.ts';
import type { EnvValues } from './read-env.ts';

const PLACEHOLDER = /\$\{\{([A-Za-z_]\w*)\}\}/g;

/** Placeholders that may be set to an empty value: production's app name has no suffix. */
const MAY_BE_EMPTY: ReadonlySet<string> = new Set(['APP_NAME_SUFFIX']);

export interface Filled<T> {
  value: T;
  /** Every placeholder with no value, each once, in order of appearance. */
  missing: string[];
}

/** Replaces each `${{NAME}}` in the strings of a JSON value with the environment's value. */
export function fillPlaceholders(json: unknown, values: EnvValues): Filled<unknown> {
  const missing = new Set<string>();
  walkStrings(json, (text) => {
    for (const [, name = ''] of text.matchAll(PLACEHOLDER)) {
      if (!hasValue(values, name)) missing.add(name);
    }
  });
  const value = mapStrings(json, (text) =>
    text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole),
  );
  return { value, missing: [...missing] };
}

function hasValue(values: EnvValues, name: string): boolean {
  const value = values[name];
  return value !== undefined && (value.trim() !== '' || MAY_BE_EMPTY.has(name));
}
