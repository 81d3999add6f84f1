import type { TableClient, TransactionAction } from '@azure/data-tables';
import { assertEntityWithinLimits, entitySizeBytes } from './entity-limits.ts';

/** A transaction holds at most 100 operations, all in one partition, with a payload under 4 MiB. */
const MAX_ACTIONS_PER_TRANSACTION = 100;
/** Stored size is only an estimate of the JSON payload, so stay well below 4 MiB. */
const MAX_BYTES_PER_TRANSACTION = 3 * 1024 * 1024;

/**
 * Submits actions as single-partition transactions of at most 100. Order is kept within a partition, and
 * an entity seen twice starts a new transaction (a transaction may touch an entity once). Each chunk is
 * atomic; the whole call is not: a failing chunk throws after earlier chunks were committed.
 * Returns the number of transactions submitted.
 */
export async function submitInChunks(
  client: TableClient,
  actions: readonly TransactionAction[],
): Promise<number> {
  const chunks = [...groupByPartition(actions).values()].flatMap(chunkPartition);
  for (const chunk of chunks) await client.submitTransaction(chunk);
  return chunks.length;
}

function groupByPartition(actions: readonly TransactionAction[]): Map<string, TransactionAction[]> {
  const partitions = new Map<string, TransactionAction[]>();
  for (const action of actions) {
    const [kind, entity] = action;
    if (kind !== 'delete') assertEntityWithinLimits(entity);
    const partition = partitions.get(entity.partitionKey);
    if (partition) partition.push(action);
    else partitions.set(entity.partitionKey, [action]);
  }
  return partitions;
}

function chunkPartition(actions: TransactionAction[]): TransactionAction[][] {
  const chunks: TransactionAction[][] = [];
  let chunk: TransactionAction[] = [];
  let rowKeys = new Set<string>();
  let bytes = 0;
  for (const action of actions) {
    const [kind, entity] = action;
    const size = kind === 'delete' ? 0 : entitySizeBytes(entity);
    const full =
      chunk.length === MAX_ACTIONS_PER_TRANSACTION ||
      rowKeys.has(entity.rowKey) ||
      bytes + size > MAX_BYTES_PER_TRANSACTION;
    if (full && chunk.length > 0) {
      chunks.push(chunk);
      chunk = [];
      rowKeys = new Set();
      bytes = 0;
    }
    chunk.push(action);
    rowKeys.add(entity.rowKey);
    bytes += size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}
