import { odata, type TableClient, type TableEntityResult } from '@azure/data-tables';
import { EntityNotFoundError, updateWithRetry } from './etag-retry.ts';
import { fromJsonEntity, toJsonEntity } from './json-entity.ts';
import { listAll } from './list-all.ts';
import { RecordExistsError, RecordNotFoundError, StaleVersionError } from './record-errors.ts';
import { isConflict, isNotFound, isPreconditionFailed } from './storage-errors.ts';
import type { Stored } from './stored.ts';
import { prefixEnd } from './row-key-range.ts';

type Column = string | number | boolean | Date | undefined;

export interface JsonTableOptions<T> {
  /** Names the record in errors, for example `task`. */
  what: string;
  schema: { parse(input: unknown): T };
  /** Queryable columns stored beside the JSON, for server-side filters. */
  columns?: (value: T) => Record<string, Column>;
  /** Told after every write attempt to a partition, so caches of it can be dropped. */
  onWrite?: (partitionKey: string) => void;
}

/** Stores validated domain values as JSON in one table, with ETag-guarded writes. */
export class JsonTable<T> {
  constructor(
    private readonly client: TableClient,
    private readonly options: JsonTableOptions<T>,
  ) {}

  async get(partitionKey: string, rowKey: string): Promise<Stored<T> | undefined> {
    try {
      const entity = await this.client.getEntity(partitionKey, rowKey);
      return fromJsonEntity(entity, this.options.schema);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async require(partitionKey: string, rowKey: string): Promise<Stored<T>> {
    const found = await this.get(partitionKey, rowKey);
    if (!found) throw new RecordNotFoundError(this.options.what);
    return found;
  }

  /** Every row of a partition whose RowKey starts with `rowKeyPrefix`, in RowKey order. */
  async listByPrefix(partitionKey: string, rowKeyPrefix = '', extraFilter?: string): Promise<Stored<T>[]> {
    const filter = [odata`PartitionKey eq ${partitionKey}`];
    if (rowKeyPrefix) filter.push(odata`RowKey ge ${rowKeyPrefix} and RowKey lt ${prefixEnd(rowKeyPrefix)}`);
    if (extraFilter) filter.push(`(${extraFilter})`);
    return this.query(filter.join(' and '));
  }

  /** Rows matching an OData filter; callers keep it to one partition or a narrow key range. */
  async query(filter: string): Promise<Stored<T>[]> {
    const entities = await listAll(this.client, filter);
    return entities.map((entity) =>
      fromJsonEntity(entity as TableEntityResult<Record<string, unknown>>, this.options.schema),
    );
  }

  async insert(partitionKey: string, rowKey: string, value: T): Promise<Stored<T>> {
    const checked = this.options.schema.parse(value);
    return this.writing(partitionKey, async () => {
      try {
        const result = await this.client.createEntity(this.entity(partitionKey, rowKey, checked));
        return { value: checked, etag: requireEtag(result.etag) };
      } catch (error) {
        if (isConflict(error)) throw new RecordExistsError(this.options.what);
        throw error;
      }
    });
  }

  /** Inserts the row, or answers the stored one when a write with the same keys came first (an idempotent retry). */
  async insertOnce(partitionKey: string, rowKey: string, value: T): Promise<Stored<T>> {
    try {
      return await this.insert(partitionKey, rowKey, value);
    } catch (error) {
      if (!(error instanceof RecordExistsError)) throw error;
    }
    return this.require(partitionKey, rowKey);
  }

  /** Writes `value` only if the stored version still has `etag`; otherwise throws StaleVersionError with the current one. */
  async replace(partitionKey: string, rowKey: string, value: T, etag: string): Promise<Stored<T>> {
    const checked = this.options.schema.parse(value);
    return this.writing(partitionKey, async () => {
      try {
        return { value: checked, etag: await this.write(partitionKey, rowKey, checked, etag) };
      } catch (error) {
        if (isNotFound(error)) throw new RecordNotFoundError(this.options.what);
        if (isPreconditionFailed(error)) {
          throw new StaleVersionError(this.options.what, await this.get(partitionKey, rowKey));
        }
        throw error;
      }
    });
  }

  /** Re-reads and re-applies `mutate` on a 412, a bounded number of times: no update is lost. */
  async update(
    partitionKey: string,
    rowKey: string,
    mutate: (current: T) => T,
    options: { maxAttempts?: number } = {},
  ): Promise<Stored<T>> {
    try {
      const result = await this.writing(partitionKey, () =>
        updateWithRetry<T>({
          read: () => this.get(partitionKey, rowKey),
          mutate,
          write: (next, etag) => this.write(partitionKey, rowKey, this.options.schema.parse(next), etag),
          maxAttempts: options.maxAttempts,
        }),
      );
      return { value: result.value, etag: result.etag };
    } catch (error) {
      if (error instanceof EntityNotFoundError || isNotFound(error)) {
        throw new RecordNotFoundError(this.options.what);
      }
      throw error;
    }
  }

  /** Deletes, guarded by `etag` when given. Returns false when there was nothing to delete. */
  async delete(partitionKey: string, rowKey: string, etag?: string): Promise<boolean> {
    return this.writing(partitionKey, async () => {
      try {
        await this.client.deleteEntity(partitionKey, rowKey, etag ? { etag } : undefined);
        return true;
      } catch (error) {
        if (isNotFound(error)) return false;
        if (isPreconditionFailed(error)) {
          throw new StaleVersionError(this.options.what, await this.get(partitionKey, rowKey));
        }
        throw error;
      }
    });
  }

  private async write(partitionKey: string, rowKey: string, value: T, etag: string): Promise<string> {
    const result = await this.client.updateEntity(this.entity(partitionKey, rowKey, value), 'Replace', {
      etag,
    });
    return requireEtag(result.etag);
  }

  /** Runs a write, then tells `onWrite` (even on failure: it may have landed), so overlapping loads are not cached. */
  private async writing<R>(partitionKey: string, write: () => Promise<R>): Promise<R> {
    try {
      return await write();
    } finally {
      this.options.onWrite?.(partitionKey);
    }
  }

  entity(partitionKey: string, rowKey: string, value: T) {
    return toJsonEntity(partitionKey, rowKey, value, this.options.columns?.(value));
  }
}

function requireEtag(etag: string | undefined): string {
  if (!etag) throw new Error('Table Storage answered a write without an ETag');
  return etag;
}
