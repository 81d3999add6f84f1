import type { ErrorObject } from 'ajv-draft-04';
import { bundledSchema, type SchemaKind } from './bundled-schemas.ts';
import { jsonPath, type PathSegment } from './json-path.ts';
import type { Problem } from './problem.ts';

/** Problems of `json` (the file `file`) against the bundled schema of `kind` for manifest version `version`. */
export function schemaProblems(kind: SchemaKind, version: unknown, file: string, json: unknown): Problem[] {
  const validate = typeof version === 'string' ? bundledSchema(kind, version) : undefined;
  if (!validate) {
    return [
      {
        file: 'manifest.json',
        path: '$.manifestVersion',
        message: `${JSON.stringify(version)} has no ${kind} schema bundled in @microsoft/app-manifest`,
      },
    ];
  }
  if (validate(json)) return [];
  return (validate.errors ?? []).map((error) => ({
    file,
    path: jsonPath(segmentsOf(error.instancePath)),
    message: describe(error),
  }));
}

function segmentsOf(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function describe(error: ErrorObject): string {
  const params: Record<string, unknown> = error.params;
  const message = `${error.message ?? error.keyword} (schema ${error.schemaPath})`;
  if (error.keyword === 'additionalProperties') return `${message}: "${String(params.additionalProperty)}"`;
  if (error.keyword === 'enum') return `${message}: ${JSON.stringify(params.allowedValues)}`;
  if (error.keyword === 'const') return `${message}: ${JSON.stringify(params.allowedValue)}`;
  return message;
}
