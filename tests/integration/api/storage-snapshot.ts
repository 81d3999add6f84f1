import { odata } from '@azure/data-tables';
import type { RunningService } from '../../../bot/server.ts';
import { listAll } from '../../../shared/store/list-all.ts';
import type { Repositories } from '../../../shared/store/repositories.ts';
import { TABLES } from '../../../shared/store/table-names.ts';
import { teamPartitionKey, type TeamScope } from '../../../shared/store/team-scope.ts';

/**
 * Everything stored on a team's board, with ETags, read from the table rather than the board cache:
 * two equal snapshots mean nothing was written in between.
 */
export async function boardSnapshot(repos: Repositories, scope: TeamScope) {
  const [members, goals, tasks] = await Promise.all([
    repos.members.list(scope),
    repos.goals.list(scope),
    repos.tasks.list(scope),
  ]);
  return { members, goals, tasks };
}

/**
 * The team's timeline (feedback and recognition) and idempotency markers, with ETags, as stored: two equal
 * snapshots mean no feedback, recognition or marker was written in between.
 */
export async function timelineSnapshot(service: Pick<RunningService, 'repos' | 'tables'>, scope: TeamScope) {
  const [feedback, recognition, markers] = await Promise.all([
    service.repos.feedback.listAll(scope),
    service.repos.recognition.listAll(scope),
    listAll(service.tables.table(TABLES.idempotency), odata`PartitionKey eq ${teamPartitionKey(scope)}`),
  ]);
  return { feedback, recognition, markers };
}
