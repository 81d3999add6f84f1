import type { TableClient } from '@azure/data-tables';
import { TeamSchema, type Team } from '../domain/team.ts';
import { JsonTable } from './json-table.ts';
import type { ReadThroughCache } from './read-through-cache.ts';
import type { Stored } from './stored.ts';
import { teamPartitionKey, type TeamScope } from './team-scope.ts';

/** Installed teams, keyed by tenant then team: every lookup is a point read. */
export class TeamRepository {
  private readonly table: JsonTable<Team>;

  constructor(
    private readonly client: TableClient,
    private readonly cache: ReadThroughCache<Stored<Team> | undefined>,
  ) {
    this.table = new JsonTable(client, {
      what: 'team',
      schema: TeamSchema,
      columns: (team) => ({ active: team.active, name: team.name }),
    });
  }

  get(scope: TeamScope): Promise<Stored<Team> | undefined> {
    return this.table.get(scope.tenantId, scope.teamId);
  }

  /** A read that may be `cacheMaxAgeMs` old, for hot read paths; writes through this process refresh it. */
  getCached(scope: TeamScope): Promise<Stored<Team> | undefined> {
    return this.cache.get(teamPartitionKey(scope), () => this.get(scope));
  }

  insert(team: Team): Promise<Stored<Team>> {
    return this.invalidating(team, () => this.table.insert(team.tenantId, team.teamId, team));
  }

  /** Writes only if the stored team still has `etag`; otherwise StaleVersionError with the current one. */
  replace(team: Team, etag: string): Promise<Stored<Team>> {
    return this.invalidating(team, () => this.table.replace(team.tenantId, team.teamId, team, etag));
  }

  update(scope: TeamScope, mutate: (team: Team) => Team): Promise<Stored<Team>> {
    return this.invalidating(scope, () => this.table.update(scope.tenantId, scope.teamId, mutate));
  }

  /** True when no team was ever installed: a fresh storage account. */
  async isEmpty(): Promise<boolean> {
    const firstPage = await this.client
      .listEntities({ queryOptions: { select: ['RowKey'] } })
      .byPage({ maxPageSize: 1 })
      .next();
    return firstPage.done === true || firstPage.value.length === 0;
  }

  /** Every installed, active team of every tenant: the scheduler's round (one row per team, small). */
  listActive(): Promise<Stored<Team>[]> {
    return this.table.query('active eq true');
  }

  listForTenant(tenantId: string): Promise<Stored<Team>[]> {
    return this.table.listByPrefix(tenantId);
  }

  private async invalidating<R>(scope: TeamScope, write: () => Promise<R>): Promise<R> {
    try {
      return await write();
    } finally {
      this.cache.invalidate(teamPartitionKey(scope));
    }
  }
}
