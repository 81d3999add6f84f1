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
  assertEntityWithinLimits(entity);
  try {
    await client.createEntity(entity);
    return 'inserted';
  } catch (error) {
    if (isConflict(error)) return 'exists';
    throw error;
  }
}
