import { odata, type TableClient, type TableEntityResult } from '@azure/data-tables';
import { GoalSchema, type Goal } from '../domain/goal.ts';
import { MemberSchema, type Member } from '../domain/member.ts';
import { TaskSchema, type Task } from '../domain/task.ts';
import { fromJsonEntity } from './json-entity.ts';
import { listAll } from './list-all.ts';
import type { Stored } from './stored.ts';
import { teamPartitionKey, type TeamScope } from './team-scope.ts';

export interface BoardSnapshot {
  members: Stored<Member>[];
  goals: Stored<Goal>[];
  tasks: Stored<Task>[];
}

/** The whole board in ONE partition query: members, goals and tasks share the team's partition. */
export async function readBoard(client: TableClient, scope: TeamScope): Promise<BoardSnapshot> {
  const entities = await listAll(client, odata`PartitionKey eq ${teamPartitionKey(scope)}`);
  const board: BoardSnapshot = { members: [], goals: [], tasks: [] };
  for (const raw of entities) {
    const entity = raw as TableEntityResult<Record<string, unknown>>;
    switch (entity['kind']) {
      case 'member':
        board.members.push(fromJsonEntity(entity, MemberSchema));
        break;
      case 'goal':
        board.goals.push(fromJsonEntity(entity, GoalSchema));
        break;
      case 'task':
        board.tasks.push(fromJsonEntity(entity, TaskSchema));
        break;
    }
  }
  return board;
}
