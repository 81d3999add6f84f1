import type { TableEntity, TableEntityResult } from '@azure/data-tables';
import { assertEntityWithinLimits } from './entity-limits.ts';

export type JsonEntityColumn = string | number | boolean | Date | undefined;

/** A domain value stored as JSON, beside a few projected columns that server-side filters can use. */
export type JsonEntity = TableEntity<{ json: string } & Record<string, string | number | boolean | Date>>;

/** Names an entity cannot use for a projected column. */
const RESERVED_COLUMNS = new Set(['json', 'partitionKey', 'rowKey', 'timestamp', 'etag']);

/** The stored JSON is not what the schema expects. */
export class CorruptEntityError extends Error {
  constructor(partitionKey: unknown, rowKey: unknown, reason: string, options?: ErrorOptions) {
    super(`The entity ${String(partitionKey)}/${String(rowKey)} cannot be read: ${reason}`, options);
    this.name = 'CorruptEntityError';
  }
}

/** Builds a `json` entity; undefined columns are omitted. Throws EntityLimitError before any write. */
export function toJsonEntity(
  partitionKey: string,
  rowKey: string,
  value: unknown,
  columns: Record<string, JsonEntityColumn> = {},
): JsonEntity {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('The value cannot be stored as JSON');
  const entity: JsonEntity = { partitionKey, rowKey, json };
  for (const [name, column] of Object.entries(columns)) {
    if (RESERVED_COLUMNS.has(name)) throw new TypeError(`${name} cannot be used as a column name`);
    if (column !== undefined) entity[name] = column;
  }
  assertEntityWithinLimits(entity);
  return entity;
}

/** Parses the `json` property with `schema`; throws CorruptEntityError when it does not fit. */
export function fromJsonEntity<T>(
  entity: TableEntityResult<Record<string, unknown>>,
  schema: { parse(input: unknown): T },
): { value: T; etag: string } {
  const { partitionKey, rowKey, json } = entity;
  if (typeof json !== 'string') throw new CorruptEntityError(partitionKey, rowKey, 'it has no json property');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new CorruptEntityError(partitionKey, rowKey, 'its json property is not JSON', { cause: error });
  }
  try {
    return { value: schema.parse(parsed), etag: entity.etag };
  } catch (error) {
    throw new CorruptEntityError(partitionKey, rowKey, 'its json does not match the schema', {
      cause: error,
    });
  }
}
