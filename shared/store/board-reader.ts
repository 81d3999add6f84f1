import { odata, type TableClient, type TableEntityResult } from '@azure/data-tables';
import { GoalSchema, type Goal } from '../domain/goal.ts';
import { MemberSchema, type Member } from '../domain/member.ts';
import { TaskSchema, type Task } from '../domain/task.ts';
import { fromJsonEntity } from './json-entity.ts';
import { listAll } from './list-all.ts';
import type { Stored } from './stored.ts';
import { countTaskLinks, type LinkCounts } from './task-link-counts.ts';
import { teamPartitionKey, type TeamScope } from './team-scope.ts';

export interface BoardSnapshot {
  members: Stored<Member>[];
  goals: Stored<Goal>[];
  tasks: Stored<Task>[];
  /** Team-visible feedback and recognition per task id. */
  linkCounts: Record<string, LinkCounts>;
}

/**
 * The whole board in ONE partition query (members, goals and tasks share the team's partition), plus
 * the per-task link counts from the timeline partition, read at the same time.
 */
export async function readBoard(
  board: TableClient,
  timeline: TableClient,
  scope: TeamScope,
): Promise<BoardSnapshot> {
  const [entities, linkCounts] = await Promise.all([
    listAll(board, odata`PartitionKey eq ${teamPartitionKey(scope)}`),
    countTaskLinks(timeline, scope),
  ]);
  const snapshot: BoardSnapshot = { members: [], goals: [], tasks: [], linkCounts };
  for (const raw of entities) {
    const entity = raw as TableEntityResult<Record<string, unknown>>;
    switch (entity['kind']) {
      case 'member':
        snapshot.members.push(fromJsonEntity(entity, MemberSchema));
        break;
      case 'goal':
        snapshot.goals.push(fromJsonEntity(entity, GoalSchema));
        break;
      case 'task':
        snapshot.tasks.push(fromJsonEntity(entity, TaskSchema));
        break;
    }
  }
  return snapshot;
}
