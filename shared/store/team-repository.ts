import type { TableClient } from '@azure/data-tables';
import { TeamSchema, type Team } from '../domain/team.ts';
import { JsonTable } from './json-table.ts';
import type { Stored } from './stored.ts';
import type { TeamScope } from './team-scope.ts';

/** Installed teams, keyed by tenant then team: every lookup is a point read. */
export class TeamRepository {
  private readonly table: JsonTable<Team>;

  constructor(client: TableClient) {
    this.table = new JsonTable(client, {
      what: 'team',
      schema: TeamSchema,
      columns: (team) => ({ active: team.active, name: team.name }),
    });
  }

  get(scope: TeamScope): Promise<Stored<Team> | undefined> {
    return this.table.get(scope.tenantId, scope.teamId);
  }

  insert(team: Team): Promise<Stored<Team>> {
    return this.table.insert(team.tenantId, team.teamId, team);
  }

  update(scope: TeamScope, mutate: (team: Team) => Team): Promise<Stored<Team>> {
    return this.table.update(scope.tenantId, scope.teamId, mutate);
  }

  listForTenant(tenantId: string): Promise<Stored<Team>[]> {
    return this.table.listByPrefix(tenantId);
  }
}
