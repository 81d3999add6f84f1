import type { TableEntity } from '@azure/data-tables';

/**
 * Table Storage limits, checked in code before writing because Azurite does not enforce all of them.
 * Sizes are as stored: strings are UTF-16, 2 bytes per code unit.
 */
export const ENTITY_LIMITS = {
  /** 1 KiB of UTF-16. */
  maxKeyChars: 512,
  /** 255 including PartitionKey, RowKey and Timestamp. */
  maxCustomProperties: 252,
  maxPropertyNameChars: 255,
  /** 64 KiB of UTF-16. */
  maxStringChars: 32 * 1024,
  maxBinaryBytes: 64 * 1024,
  maxEntityBytes: 1024 * 1024,
} as const;

/** An entity would break a Table Storage limit. `field` names the offending key or property. */
export class EntityLimitError extends Error {
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field} ${problem}`);
    this.name = 'EntityLimitError';
  }
}

/** Keys refuse `/ \ # ?` and control characters (U+0000–U+001F, U+007F–U+009F). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_KEY_CHARACTERS = /[/\\#?\u0000-\u001f\u007f-\u009f]/;

/** Properties the service manages or the SDK maps; they are not custom properties. */
const SYSTEM_PROPERTIES = new Set(['partitionKey', 'rowKey', 'timestamp', 'etag']);

/** Validates one non-empty part of a PartitionKey or RowKey and returns it unchanged. */
export function keyPart(value: string, fieldName: string): string {
  if (value.length === 0) throw new EntityLimitError(fieldName, 'must not be empty');
  checkKey(value, fieldName);
  return value;
}

/** Throws an EntityLimitError when the entity would break a Table Storage limit; makes no network call. */
export function assertEntityWithinLimits<T extends object>(entity: TableEntity<T>): void {
  checkKey(entity.partitionKey, 'partitionKey');
  checkKey(entity.rowKey, 'rowKey');
  let customProperties = 0;
  for (const [name, value] of Object.entries(entity)) {
    if (SYSTEM_PROPERTIES.has(name) || value === undefined) continue;
    customProperties += 1;
    if (name.length > ENTITY_LIMITS.maxPropertyNameChars) {
      throw new EntityLimitError(name, `is longer than ${ENTITY_LIMITS.maxPropertyNameChars} characters`);
    }
  }
  if (customProperties > ENTITY_LIMITS.maxCustomProperties) {
    throw new EntityLimitError(
      'properties',
      `has ${customProperties} custom properties; at most ${ENTITY_LIMITS.maxCustomProperties} are allowed`,
    );
  }
  const size = entitySizeBytes(entity);
  if (size > ENTITY_LIMITS.maxEntityBytes) {
    throw new EntityLimitError(
      'entity',
      `is ${size} bytes; at most ${ENTITY_LIMITS.maxEntityBytes} are allowed`,
    );
  }
}

/**
 * Stored size by the documented formula: 4 + 2·len(PK) + 2·len(RK) + 2, plus for each property
 * 8 + 2·len(name) + the value's size. Throws EntityLimitError for a value Table Storage cannot hold.
 */
export function entitySizeBytes<T extends object>(entity: TableEntity<T>): number {
  let size = 4 + entity.partitionKey.length * 2 + entity.rowKey.length * 2 + 2;
  for (const [name, value] of Object.entries(entity)) {
    if (SYSTEM_PROPERTIES.has(name) || value === undefined) continue;
    size += 8 + name.length * 2 + propertyValueBytes(name, value);
  }
  return size;
}

function checkKey(value: string, field: string): void {
  if (typeof value !== 'string') throw new EntityLimitError(field, 'must be a string');
  if (value.length > ENTITY_LIMITS.maxKeyChars) {
    throw new EntityLimitError(field, `is longer than ${ENTITY_LIMITS.maxKeyChars} characters (1 KiB)`);
  }
  if (FORBIDDEN_KEY_CHARACTERS.test(value)) {
    throw new EntityLimitError(
      field,
      'contains a character keys do not allow (/ \\ # ? or a control character)',
    );
  }
}

function propertyValueBytes(name: string, value: unknown): number {
  if (value === null) return 0;
  if (typeof value === 'string') return stringBytes(name, value);
  if (typeof value === 'boolean') return 1;
  if (typeof value === 'number' || typeof value === 'bigint' || value instanceof Date) return 8;
  if (value instanceof Uint8Array) return binaryBytes(name, value.byteLength);
  if (isEdmValue(value)) return edmValueBytes(name, value);
  throw new EntityLimitError(name, `has a type Table Storage cannot store (${describe(value)})`);
}

interface EdmValue {
  type: string;
  value: unknown;
}

function isEdmValue(value: unknown): value is EdmValue {
  return typeof value === 'object' && value !== null && 'type' in value && 'value' in value;
}

function edmValueBytes(name: string, edm: EdmValue): number {
  switch (edm.type) {
    case 'String':
      return stringBytes(name, String(edm.value));
    case 'Binary':
      return binaryBytes(name, base64DecodedLength(String(edm.value)));
    case 'Boolean':
      return 1;
    case 'Int32':
      return 4;
    case 'Guid':
      return 16;
    case 'Int64':
    case 'Double':
    case 'DateTime':
      return 8;
    default:
      throw new EntityLimitError(name, `has an unknown EDM type ${edm.type}`);
  }
}

function stringBytes(name: string, value: string): number {
  if (value.length > ENTITY_LIMITS.maxStringChars) {
    throw new EntityLimitError(
      name,
      `is ${value.length * 2} bytes as stored; a string holds at most ${ENTITY_LIMITS.maxStringChars * 2} (64 KiB)`,
    );
  }
  return 4 + value.length * 2;
}

function binaryBytes(name: string, byteLength: number): number {
  if (byteLength > ENTITY_LIMITS.maxBinaryBytes) {
    throw new EntityLimitError(
      name,
      `is ${byteLength} bytes; a binary value holds at most ${ENTITY_LIMITS.maxBinaryBytes} (64 KiB)`,
    );
  }
  return 4 + byteLength;
}

function base64DecodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}
