import { odata, type TableClient } from '@azure/data-tables';
import { listAll } from './list-all.ts';
import { teamPartitionKey, type TeamScope } from './team-scope.ts';

export interface LinkCounts {
  feedback: number;
  recognition: number;
}

/**
 * How much feedback and recognition each task of a team is linked to: one query on the team's timeline
 * partition, reading three narrow columns. Private feedback is not counted, since the board is shared by
 * the whole team and a count would reveal that it exists.
 */
export async function countTaskLinks(
  timeline: TableClient,
  scope: TeamScope,
): Promise<Record<string, LinkCounts>> {
  const rows = await listAll(
    timeline,
    odata`PartitionKey eq ${teamPartitionKey(scope)} and linkKind eq 'task'`,
    {
      select: ['kind', 'linkId', 'visibility'],
    },
  );
  const counts: Record<string, LinkCounts> = {};
  for (const row of rows) {
    const taskId = String(row['linkId']);
    const entry = (counts[taskId] ??= { feedback: 0, recognition: 0 });
    if (row['kind'] === 'recognition') entry.recognition += 1;
    else if (row['kind'] === 'feedback' && row['visibility'] === 'team') entry.feedback += 1;
  }
  return counts;
}
