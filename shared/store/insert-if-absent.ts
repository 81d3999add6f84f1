import type { TableClient, TableEntity } from '@azure/data-tables';
import { assertEntityWithinLimits } from './entity-limits.ts';
import { isConflict } from './storage-errors.ts';

/**
 * Idempotency marker: creates the entity unless one with its keys exists. 'exists' means another
 * instance (or an earlier delivery) did it already; the existing entity is left untouched.
 */
export async function insertIfAbsent<T extends object>(
  client: TableClient,
  entity: TableEntity<T>,
): Promise<'inserted' | 'exists'> {
  return (await createIfAbsent(client, entity)) ? 'inserted' : 'exists';
}

/** `insertIfAbsent` for a caller that goes on to update the new row: its ETag, or undefined when it existed. */
export async function createIfAbsent<T extends object>(
  client: TableClient,
  entity: TableEntity<T>,
): Promise<{ etag: string | undefined } | undefined> {
  assertEntityWithinLimits(entity);
  try {
    const created = await client.createEntity(entity);
    return { etag: created.etag };
  } catch (error) {
    if (isConflict(error)) return undefined;
    throw error;
  }
}
