import { odata, type TableClient } from '@azure/data-tables';
import { MemberSchema, type Member } from '../domain/member.ts';
import { boardRowKey, boardRowPrefix } from './board-keys.ts';
import { JsonTable } from './json-table.ts';
import type { Stored } from './stored.ts';
import { teamPartitionKey, type TeamScope } from './team-scope.ts';

/** The team roster. A roster check is a point read. */
export class MemberRepository {
  private readonly table: JsonTable<Member>;

  /** `onWrite` hears of every write to a team's board partition (the board cache listens). */
  constructor(client: TableClient, onWrite?: (partitionKey: string) => void) {
    this.table = new JsonTable(client, {
      onWrite,
      what: 'member',
      schema: MemberSchema,
      columns: (member) => ({ kind: 'member', active: member.active }),
    });
  }

  get(scope: TeamScope, userId: string): Promise<Stored<Member> | undefined> {
    return this.table.get(teamPartitionKey(scope), boardRowKey('member', userId));
  }

  list(scope: TeamScope): Promise<Stored<Member>[]> {
    return this.table.listByPrefix(teamPartitionKey(scope), boardRowPrefix('member'));
  }

  /** The teams of a tenant that list this person: a key-range scan over the tenant's partitions. */
  async teamsOf(tenantId: string, userId: string): Promise<Member[]> {
    const rows = await this.table.query(
      odata`PartitionKey gt ${`${tenantId}|`} and PartitionKey lt ${`${tenantId}}`} and RowKey eq ${boardRowKey('member', userId)}`,
    );
    return rows.map((row) => row.value).filter((member) => member.active);
  }

  insert(member: Member): Promise<Stored<Member>> {
    return this.table.insert(teamPartitionKey(member), boardRowKey('member', member.userId), member);
  }

  update(scope: TeamScope, userId: string, mutate: (member: Member) => Member): Promise<Stored<Member>> {
    return this.table.update(teamPartitionKey(scope), boardRowKey('member', userId), mutate);
  }
}
