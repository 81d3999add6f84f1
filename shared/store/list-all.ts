import type { TableClient, TableEntityResult } from '@azure/data-tables';

export interface ListAllOptions {
  /** Properties to return; all when absent. */
  select?: string[];
  /** Entities per request, 1–1,000 (the service's page cap). Default 1,000. */
  maxPageSize?: number;
  /** Refuse to hold more than this many entities in memory. Default 10,000. */
  maxRows?: number;
}

/** The query matched more rows than the caller allowed in memory. */
export class TooManyRowsError extends Error {
  constructor(readonly maxRows: number) {
    super(`The query returned more than ${maxRows} entities; narrow the filter or page through it`);
    this.name = 'TooManyRowsError';
  }
}

/** Collects every entity matching `filter`, following continuation tokens page by page. */
export async function listAll<T extends object = Record<string, unknown>>(
  client: TableClient,
  filter?: string,
  options: ListAllOptions = {},
): Promise<TableEntityResult<T>[]> {
  const { select, maxPageSize = 1000, maxRows = 10_000 } = options;
  if (!Number.isInteger(maxPageSize) || maxPageSize < 1 || maxPageSize > 1000) {
    throw new RangeError('maxPageSize must be an integer from 1 to 1000');
  }
  const queryOptions = { ...(filter === undefined ? {} : { filter }), ...(select ? { select } : {}) };
  const rows: TableEntityResult<T>[] = [];
  for await (const page of client.listEntities<T>({ queryOptions }).byPage({ maxPageSize })) {
    if (rows.length + page.length > maxRows) throw new TooManyRowsError(maxRows);
    rows.push(...page);
  }
  return rows;
}
