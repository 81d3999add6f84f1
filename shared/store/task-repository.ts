import type { TableClient } from '@azure/data-tables';
import { TaskSchema, type Task } from '../domain/task.ts';
import { BoardItemRepository } from './board-item-repository.ts';

export type TaskRepository = BoardItemRepository<Task>;

export function taskRepository(
  client: TableClient,
  onWrite?: (partitionKey: string) => void,
): TaskRepository {
  return new BoardItemRepository<Task>(client, 'task', {
    schema: TaskSchema,
    columns: (task) => ({ status: task.status, assigneeId: task.assigneeId, goalId: task.goalId }),
    onWrite,
  });
}
