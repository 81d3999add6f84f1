import type { TableClient } from '@azure/data-tables';
import { RecognitionSchema, type Recognition } from '../domain/recognition.ts';
import { JsonTable } from './json-table.ts';
import { linkColumns } from './link-columns.ts';
import type { Stored } from './stored.ts';
import { teamPartitionKey, type TeamScope } from './team-scope.ts';

/** Recognition shares the timeline partition with feedback, newest first. */
export class RecognitionRepository {
  private readonly table: JsonTable<Recognition>;

  /** `onWrite` hears of every write to a team's timeline partition (the board's link counts depend on it). */
  constructor(client: TableClient, onWrite?: (partitionKey: string) => void) {
    this.table = new JsonTable(client, {
      onWrite,
      what: 'recognition',
      schema: RecognitionSchema,
      columns: (recognition) => ({
        kind: 'recognition',
        giverId: recognition.giverId,
        ...linkColumns(recognition.link),
      }),
    });
  }

  get(scope: TeamScope, id: string): Promise<Stored<Recognition> | undefined> {
    return this.table.get(teamPartitionKey(scope), id);
  }

  insert(recognition: Recognition): Promise<Stored<Recognition>> {
    return this.table.insert(teamPartitionKey(recognition), recognition.id, recognition);
  }

  /** Inserts the row, or answers the stored one when a call with the same id wrote it first. */
  insertOnce(recognition: Recognition): Promise<Stored<Recognition>> {
    return this.table.insertOnce(teamPartitionKey(recognition), recognition.id, recognition);
  }

  listAll(scope: TeamScope): Promise<Stored<Recognition>[]> {
    return this.table.listByPrefix(teamPartitionKey(scope), '', `kind eq 'recognition'`);
  }
}
