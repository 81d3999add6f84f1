/**
 * A small reader for the parts of a Bicep file the infra tests check (Bicep itself can't be compiled on
 * this machine). It understands strings (escapes, `${}` interpolation, `'''` blocks), comments and
 * brackets, so formatting (line breaks, spacing, commas or newlines between entries) does not matter.
 */

export interface BicepParam {
  name: string;
  type: string;
  hasDefault: boolean;
}

export interface BicepResource {
  symbol: string;
  /** For example `Microsoft.Web/sites@2023-12-01`. */
  type: string;
  /** The object literal after `=` (after any `if (...)`). */
  body: string;
}

export interface Entry {
  key: string;
  value: string;
}

export interface BicepFile {
  params: BicepParam[];
  variables: Map<string, string>;
  outputs: Entry[];
  resources: BicepResource[];
}

export function parseBicep(source: string): BicepFile {
  const statements = topLevelStatements(stripComments(source));
  const file: BicepFile = { params: [], variables: new Map(), outputs: [], resources: [] };
  for (const statement of statements) {
    const param = /^param\s+(\w+)\s+([^=]+?)\s*(=\s*[\s\S]+)?$/.exec(statement);
    if (param) {
      file.params.push({ name: param[1]!, type: param[2]!, hasDefault: Boolean(param[3]) });
      continue;
    }
    const variable = /^var\s+(\w+)\s*=\s*([\s\S]+)$/.exec(statement);
    if (variable) {
      file.variables.set(variable[1]!, variable[2]!.trim());
      continue;
    }
    const output = /^output\s+(\w+)\s+\w+\s*=\s*([\s\S]+)$/.exec(statement);
    if (output) {
      file.outputs.push({ key: output[1]!, value: output[2]!.trim() });
      continue;
    }
    const resource =
      /^resource\s+(\w+)\s+'([^']+)'\s*(?:existing\s*)?=\s*(?:if\s*\([\s\S]*?\)\s*)?(\{[\s\S]*\})$/.exec(
        statement,
      );
    if (resource) file.resources.push({ symbol: resource[1]!, type: resource[2]!, body: resource[3]! });
  }
  return file;
}

/** The resources whose type (without the API version) is `type`. */
export function resourcesOfType(file: BicepFile, type: string): BicepResource[] {
  return file.resources.filter(
    (resource) => resource.type.split('@')[0]!.toLowerCase() === type.toLowerCase(),
  );
}

/** The top-level entries of an object literal `{ ... }`. */
export function objectEntries(objectText: string): Entry[] {
  const inner = innerOf(objectText, '{', '}');
  return splitItems(inner).map((item) => {
    const match = /^('(?:[^'\\]|\\.)*'|[A-Za-z_$][\w$]*)\s*:\s*([\s\S]+)$/.exec(item);
    if (!match) throw new Error(`Not an object entry: ${item}`);
    const rawKey = match[1]!;
    const key = rawKey.startsWith("'") ? stringLiteral(rawKey)! : rawKey;
    return { key, value: match[2]!.trim() };
  });
}

/** The items of an array literal `[ ... ]`. */
export function arrayItems(arrayText: string): string[] {
  return splitItems(innerOf(arrayText, '[', ']'));
}

/** The value of `key` in an object literal, or undefined. */
export function entryValue(objectText: string, key: string): string | undefined {
  return objectEntries(objectText).find((entry) => entry.key === key)?.value;
}

/** The value at a path of keys (`['properties', 'siteConfig']`), or undefined. */
export function valueAt(objectText: string, path: readonly string[]): string | undefined {
  let current: string | undefined = objectText;
  for (const key of path) {
    if (!current?.startsWith('{')) return undefined;
    current = entryValue(current, key);
  }
  return current;
}

/** Every value assigned to `key` anywhere in the resources, nested objects and arrays included. */
export function propertyValues(file: BicepFile, key: string): string[] {
  const found: string[] = [];
  const visit = (value: string): void => {
    if (value.startsWith('{')) {
      for (const entry of objectEntries(value)) {
        if (entry.key === key) found.push(entry.value);
        visit(entry.value);
      }
    } else if (value.startsWith('[') && !/^\[\s*for\b/.test(value)) {
      arrayItems(value).forEach(visit);
    }
  };
  file.resources.forEach((resource) => visit(resource.body));
  return found;
}

/** The text of a plain string literal (no interpolation), `true`/`false` as is, otherwise undefined. */
export function stringLiteral(expression: string): string | undefined {
  const text = expression.trim();
  if (text === 'true' || text === 'false') return text;
  if (!/^'(?:[^'\\]|\\.)*'$/.test(text) || /(^|[^\\])\$\{/.test(text)) return undefined;
  return unescape(text.slice(1, -1));
}

/**
 * The value of a Bicep expression, for the string-shaped ones a template uses in settings and outputs:
 * literals, interpolated strings, variables (evaluated in turn) and anything `samples` names (parameters,
 * resource properties such as `identity.properties.clientId`). Throws on anything else, so a new kind of
 * expression gets a sample instead of a silent guess.
 */
export function evaluate(file: BicepFile, expression: string, samples: Record<string, string>): string {
  const text = expression.trim();
  if (text in samples) return samples[text]!;
  const literal = stringLiteral(text);
  if (literal !== undefined) return literal;
  if (/^'[\s\S]*'$/.test(text) && !text.startsWith("'''")) {
    return interpolate(text.slice(1, -1), (inner) => evaluate(file, inner, samples));
  }
  const variable = file.variables.get(text);
  if (variable !== undefined) return evaluate(file, variable, samples);
  throw new Error(`No sample value for the Bicep expression "${text}"`);
}

function interpolate(body: string, value: (expression: string) => string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char === '\\') {
      out += unescape(body.slice(i, i + 2));
      i++;
    } else if (char === '$' && body[i + 1] === '{') {
      const end = skipBalanced(body, i + 1);
      out += value(body.slice(i + 2, end - 1));
      i = end - 1;
    } else {
      out += char;
    }
  }
  return out;
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, (_all, char: string) => {
    const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', "'": "'", '\\': '\\', $: '$' };
    return escapes[char] ?? char;
  });
}

/** The source without // and /* *\/ comments; strings are kept intact. */
export function stripComments(source: string): string {
  let out = '';
  for (let i = 0; i < source.length;) {
    if (source.startsWith('//', i)) {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (source.startsWith('/*', i)) {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
    } else if (source[i] === "'") {
      const end = skipString(source, i);
      out += source.slice(i, end);
      i = end;
    } else {
      out += source[i];
      i++;
    }
  }
  return out;
}

/** Statements separated by line breaks outside brackets and strings; decorators are statements too. */
function topLevelStatements(source: string): string[] {
  return splitOn(source, (char) => char === '\n');
}

function splitItems(inner: string): string[] {
  return splitOn(inner, (char) => char === '\n' || char === ',');
}

function splitOn(text: string, isSeparator: (char: string) => boolean): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length;) {
    const char = text[i]!;
    if (char === "'") {
      i = skipString(text, i);
    } else if (char === '{' || char === '[' || char === '(') {
      i = skipBalanced(text, i);
    } else {
      if (isSeparator(char)) {
        parts.push(text.slice(start, i));
        start = i + 1;
      }
      i++;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

function innerOf(text: string, open: string, close: string): string {
  const trimmed = text.trim();
  if (!trimmed.startsWith(open) || skipBalanced(trimmed, 0) !== trimmed.length || !trimmed.endsWith(close)) {
    throw new Error(`Expected one ${open}...${close} literal: ${trimmed.slice(0, 80)}`);
  }
  return trimmed.slice(1, -1);
}

const CLOSING: Record<string, string> = { '{': '}', '[': ']', '(': ')' };

/** The index just after the bracket that closes the one at `start`. */
function skipBalanced(text: string, start: number): number {
  const stack: string[] = [];
  for (let i = start; i < text.length;) {
    const char = text[i]!;
    if (char === "'") {
      i = skipString(text, i);
      continue;
    }
    if (char in CLOSING) stack.push(CLOSING[char]!);
    else if (char === stack.at(-1)) {
      stack.pop();
      if (stack.length === 0) return i + 1;
    }
    i++;
  }
  throw new Error(`Unbalanced brackets from: ${text.slice(start, start + 80)}`);
}

/** The index just after the string literal starting at `start` (a quote). */
function skipString(text: string, start: number): number {
  if (text.startsWith("'''", start)) {
    const end = text.indexOf("'''", start + 3);
    if (end < 0) throw new Error('Unterminated multi-line string');
    return end + 3;
  }
  for (let i = start + 1; i < text.length;) {
    const char = text[i]!;
    if (char === '\\') i += 2;
    else if (char === '$' && text[i + 1] === '{') i = skipBalanced(text, i + 1);
    else if (char === "'") return i + 1;
    else i++;
  }
  throw new Error(`Unterminated string from: ${text.slice(start, start + 80)}`);
}
