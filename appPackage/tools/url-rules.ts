import { isRecord, jsonPath, walkStrings, type PathSegment } from './json-path.ts';
import type { Problem } from './problem.ts';

const URL_LIKE = /^[a-z][a-z\d+.-]*:\/\//i;
const DOMAIN = /^(\*\.)?[a-z\d-]+(\.[a-z\d-]+)*(:\d+)?$/i;
const RESOURCE_PATH = ['webApplicationInfo', 'resource'];

/**
 * Every URL Teams opens must be https on a host in validDomains; the SSO resource must be
 * `api://<a valid domain>/<webApplicationInfo.id>`. `$schema` is only for editors and is not checked.
 */
export function urlProblems(manifest: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const at = (segments: readonly PathSegment[], message: string) =>
    problems.push({ file: 'manifest.json', path: jsonPath(segments), message });
  const domains = (Array.isArray(manifest.validDomains) ? manifest.validDomains : []).filter(
    (domain): domain is string => typeof domain === 'string',
  );
  domains.forEach((domain, index) => {
    if (!DOMAIN.test(domain)) {
      at(['validDomains', index], `"${domain}" is not a host name (no scheme, no path)`);
    }
  });
  walkStrings(manifest, (text, path) => {
    if (path.length === 1 && path[0] === '$schema') return;
    if (!URL_LIKE.test(text)) return;
    const isResource = path.join('.') === RESOURCE_PATH.join('.');
    const problem = isResource ? resourceProblem(text, manifest, domains) : pageProblem(text, domains);
    if (problem) at(path, problem);
  });
  return problems;
}

function pageProblem(text: string, domains: readonly string[]): string | undefined {
  const url = parse(text);
  if (!url) return `"${text}" is not a valid URL`;
  if (url.protocol !== 'https:') return `"${text}" must use https`;
  if (!onValidDomain(url, domains)) return `the host "${url.host}" is not in validDomains`;
  return undefined;
}

function resourceProblem(
  text: string,
  manifest: Record<string, unknown>,
  domains: readonly string[],
): string | undefined {
  const url = parse(text);
  const app = isRecord(manifest.webApplicationInfo) ? manifest.webApplicationInfo.id : undefined;
  const expected = `api://<a valid domain>/${String(app)}`;
  if (!url || url.protocol !== 'api:') return `"${text}" must be ${expected}`;
  if (!onValidDomain(url, domains)) return `the host "${url.host}" is not in validDomains`;
  if (url.pathname !== `/${String(app)}`) {
    return `"${text}" must end with the webApplicationInfo id: ${expected}`;
  }
  return undefined;
}

function parse(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

function onValidDomain(url: URL, domains: readonly string[]): boolean {
  const host = url.host.toLowerCase();
  return domains.some((domain) => {
    const pattern = domain.toLowerCase();
    if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1));
    return host === pattern || url.hostname.toLowerCase() === pattern;
  });
}
