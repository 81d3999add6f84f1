import type { TableClient } from '@azure/data-tables';
import { GoalSchema, type Goal } from '../domain/goal.ts';
import { boardRowKey, boardRowPrefix } from './board-keys.ts';
import { JsonTable } from './json-table.ts';
import type { Stored } from './stored.ts';
import { teamPartitionKey, type TeamScope } from './team-scope.ts';

export class GoalRepository {
  private readonly table: JsonTable<Goal>;

  /** `onWrite` hears of every write to a team's board partition (the board cache listens). */
  constructor(client: TableClient, onWrite?: (partitionKey: string) => void) {
    this.table = new JsonTable(client, {
      onWrite,
      what: 'goal',
      schema: GoalSchema,
      columns: (goal) => ({ kind: 'goal', status: goal.status, ownerId: goal.ownerId }),
    });
  }

  get(scope: TeamScope, goalId: string): Promise<Stored<Goal> | undefined> {
    return this.table.get(teamPartitionKey(scope), boardRowKey('goal', goalId));
  }

  require(scope: TeamScope, goalId: string): Promise<Stored<Goal>> {
    return this.table.require(teamPartitionKey(scope), boardRowKey('goal', goalId));
  }

  list(scope: TeamScope): Promise<Stored<Goal>[]> {
    return this.table.listByPrefix(teamPartitionKey(scope), boardRowPrefix('goal'));
  }

  insert(goal: Goal): Promise<Stored<Goal>> {
    return this.table.insert(teamPartitionKey(goal), boardRowKey('goal', goal.id), goal);
  }

  replace(goal: Goal, etag: string): Promise<Stored<Goal>> {
    return this.table.replace(teamPartitionKey(goal), boardRowKey('goal', goal.id), goal, etag);
  }

  update(scope: TeamScope, goalId: string, mutate: (goal: Goal) => Goal): Promise<Stored<Goal>> {
    return this.table.update(teamPartitionKey(scope), boardRowKey('goal', goalId), mutate);
  }

  delete(scope: TeamScope, goalId: string, etag?: string): Promise<boolean> {
    return this.table.delete(teamPartitionKey(scope), boardRowKey('goal', goalId), etag);
  }
}
