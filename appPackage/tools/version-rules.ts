import type { Problem } from './problem.ts';

/** semver.org's pattern: the schema describes `version` as semver but does not check it. */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export function versionProblems(manifest: Record<string, unknown>): Problem[] {
  const { version } = manifest;
  if (typeof version !== 'string' || SEMVER.test(version)) return [];
  return [
    {
      file: 'manifest.json',
      path: '$.version',
      message: `"${version}" is not a semantic version (e.g. 1.0.0)`,
    },
  ];
}
