/**
 * The part of .gitignore syntax that .webappignore uses: comments, `/`-anchored or floating patterns,
 * a trailing `/` for directories, `*` and `?` within one path segment. Anything else (negation `!`,
 * `**`, character classes) is refused, so this matcher never silently disagrees with the Toolkit's.
 */
export interface IgnorePattern {
  source: string;
  anchored: boolean;
  directoryOnly: boolean;
  regex: RegExp;
}

export function parseIgnoreFile(text: string): IgnorePattern[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map(parsePattern);
}

function parsePattern(source: string): IgnorePattern {
  if (/^!|\*\*|\[|\\/.test(source)) {
    throw new Error(`Unsupported ignore pattern "${source}": keep to /anchored, dir/, * and ?`);
  }
  const directoryOnly = source.endsWith('/');
  const body = source.replace(/^\//, '').replace(/\/$/, '');
  const anchored = source.startsWith('/') || body.includes('/');
  const glob = body
    .split('')
    .map((char) => (char === '*' ? '[^/]*' : char === '?' ? '[^/]' : char.replace(/[.+^${}()|]/g, '\\$&')))
    .join('');
  return { source, anchored, directoryOnly, regex: new RegExp(`^${glob}$`) };
}

/** Whether a file (a repository-relative path with `/`) is left out: it or one of its folders matches. */
export function isIgnored(filePath: string, patterns: readonly IgnorePattern[]): boolean {
  const segments = filePath.split('/');
  for (let depth = 1; depth <= segments.length; depth++) {
    const isDirectory = depth < segments.length;
    const prefix = segments.slice(0, depth).join('/');
    const name = segments[depth - 1]!;
    const matched = patterns.some(
      (pattern) =>
        (isDirectory || !pattern.directoryOnly) && pattern.regex.test(pattern.anchored ? prefix : name),
    );
    if (matched) return true;
  }
  return false;
}
