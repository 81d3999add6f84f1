import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/** The Teams JSON schemas that @microsoft/app-manifest ships: validation needs no network. */
const SCHEMA_ROOT = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
);

export type SchemaKind = 'manifest' | 'localization';

const FILE_NAMES: Record<SchemaKind, string> = {
  manifest: 'MicrosoftTeams.schema.json',
  localization: 'MicrosoftTeams.Localization.schema.json',
};

const compiled = new Map<string, ValidateFunction>();

/** The bundled schema of `kind` for manifest version `version` (e.g. "1.30"), or undefined when none ships. */
export function bundledSchema(kind: SchemaKind, version: string): ValidateFunction | undefined {
  if (!/^\d+\.\d+$/.test(version)) return undefined;
  const file = path.join(SCHEMA_ROOT, `v${version}`, FILE_NAMES[kind]);
  if (!existsSync(file)) return undefined;
  const cached = compiled.get(file);
  if (cached) return cached;
  // The schemas are draft-04. The localization schema's patterns are not valid as Unicode regular expressions.
  const ajv = new Ajv.default({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')));
  compiled.set(file, validate);
  return validate;
}

/** The newest numbered manifest version with a bundled schema (devPreview is not a release). */
export function newestBundledVersion(): string {
  const versions = readdirSync(SCHEMA_ROOT)
    .map((entry) => /^v(\d+)\.(\d+)$/.exec(entry))
    .filter((match) => match !== null)
    .map(([, major = '0', minor = '0']) => [Number(major), Number(minor)] as const)
    .sort(([majorA, minorA], [majorB, minorB]) => majorA - majorB || minorA - minorB);
  const newest = versions.at(-1);
  if (!newest) throw new Error(`No manifest schemas in ${SCHEMA_ROOT}`);
  return `${newest[0]}.${newest[1]}`;
}
