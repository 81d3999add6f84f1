import type { TableClient } from '@azure/data-tables';
import { GoalSchema, type Goal } from '../domain/goal.ts';
import { BoardItemRepository } from './board-item-repository.ts';

export type GoalRepository = BoardItemRepository<Goal>;

export function goalRepository(
  client: TableClient,
  onWrite?: (partitionKey: string) => void,
): GoalRepository {
  return new BoardItemRepository<Goal>(client, 'goal', {
    schema: GoalSchema,
    columns: (goal) => ({ status: goal.status, ownerId: goal.ownerId }),
    onWrite,
  });
}
