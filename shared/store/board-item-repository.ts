import type { TableClient } from '@azure/data-tables';
import { boardRowKey, boardRowPrefix, type BoardKind } from './board-keys.ts';
import { JsonTable, type JsonTableOptions } from './json-table.ts';
import type { Stored } from './stored.ts';
import { teamPartitionKey, type TeamScope } from './team-scope.ts';

interface BoardItem {
  tenantId: string;
  teamId: string;
  id: string;
}

/** Goals and tasks: items with an id in the team's board partition, under RowKey `{kind}|{id}`. */
export class BoardItemRepository<T extends BoardItem> {
  private readonly table: JsonTable<T>;

  /** `onWrite` hears of every write to a team's board partition (the board cache listens). */
  constructor(
    client: TableClient,
    private readonly kind: Exclude<BoardKind, 'member'>,
    options: Pick<JsonTableOptions<T>, 'schema' | 'columns' | 'onWrite'>,
  ) {
    const { columns } = options;
    this.table = new JsonTable(client, {
      ...options,
      what: kind,
      columns: (item) => ({ kind, ...columns?.(item) }),
    });
  }

  get(scope: TeamScope, id: string): Promise<Stored<T> | undefined> {
    return this.table.get(teamPartitionKey(scope), boardRowKey(this.kind, id));
  }

  require(scope: TeamScope, id: string): Promise<Stored<T>> {
    return this.table.require(teamPartitionKey(scope), boardRowKey(this.kind, id));
  }

  list(scope: TeamScope): Promise<Stored<T>[]> {
    return this.table.listByPrefix(teamPartitionKey(scope), boardRowPrefix(this.kind));
  }

  insert(item: T): Promise<Stored<T>> {
    return this.table.insert(teamPartitionKey(item), boardRowKey(this.kind, item.id), item);
  }

  replace(item: T, etag: string): Promise<Stored<T>> {
    return this.table.replace(teamPartitionKey(item), boardRowKey(this.kind, item.id), item, etag);
  }

  update(scope: TeamScope, id: string, mutate: (item: T) => T): Promise<Stored<T>> {
    return this.table.update(teamPartitionKey(scope), boardRowKey(this.kind, id), mutate);
  }

  delete(scope: TeamScope, id: string, etag?: string): Promise<boolean> {
    return this.table.delete(teamPartitionKey(scope), boardRowKey(this.kind, id), etag);
  }
}
