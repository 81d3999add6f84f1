import type { TableClient } from '@azure/data-tables';
import { TaskSchema, type Task } from '../domain/task.ts';
import { boardRowKey, boardRowPrefix } from './board-keys.ts';
import { JsonTable } from './json-table.ts';
import type { Stored } from './stored.ts';
import { teamPartitionKey, type TeamScope } from './team-scope.ts';

export class TaskRepository {
  private readonly table: JsonTable<Task>;

  /** `onWrite` hears of every write to a team's board partition (the board cache listens). */
  constructor(client: TableClient, onWrite?: (partitionKey: string) => void) {
    this.table = new JsonTable(client, {
      onWrite,
      what: 'task',
      schema: TaskSchema,
      columns: (task) => ({
        kind: 'task',
        status: task.status,
        assigneeId: task.assigneeId,
        goalId: task.goalId,
      }),
    });
  }

  get(scope: TeamScope, taskId: string): Promise<Stored<Task> | undefined> {
    return this.table.get(teamPartitionKey(scope), boardRowKey('task', taskId));
  }

  require(scope: TeamScope, taskId: string): Promise<Stored<Task>> {
    return this.table.require(teamPartitionKey(scope), boardRowKey('task', taskId));
  }

  list(scope: TeamScope): Promise<Stored<Task>[]> {
    return this.table.listByPrefix(teamPartitionKey(scope), boardRowPrefix('task'));
  }

  insert(task: Task): Promise<Stored<Task>> {
    return this.table.insert(teamPartitionKey(task), boardRowKey('task', task.id), task);
  }

  replace(task: Task, etag: string): Promise<Stored<Task>> {
    return this.table.replace(teamPartitionKey(task), boardRowKey('task', task.id), task, etag);
  }

  update(scope: TeamScope, taskId: string, mutate: (task: Task) => Task): Promise<Stored<Task>> {
    return this.table.update(teamPartitionKey(scope), boardRowKey('task', taskId), mutate);
  }

  delete(scope: TeamScope, taskId: string, etag?: string): Promise<boolean> {
    return this.table.delete(teamPartitionKey(scope), boardRowKey('task', taskId), etag);
  }
}
