import type { TableClient } from '@azure/data-tables';
import { RecognitionSchema, type Recognition } from '../domain/recognition.ts';
import { JsonTable } from './json-table.ts';
import type { Stored } from './stored.ts';
import { teamPartitionKey, type TeamScope } from './team-scope.ts';

/** Recognition shares the timeline partition with feedback, newest first. */
export class RecognitionRepository {
  private readonly table: JsonTable<Recognition>;

  constructor(client: TableClient) {
    this.table = new JsonTable(client, {
      what: 'recognition',
      schema: RecognitionSchema,
      columns: (recognition) => ({
        kind: 'recognition',
        giverId: recognition.giverId,
      }),
    });
  }

  get(scope: TeamScope, id: string): Promise<Stored<Recognition> | undefined> {
    return this.table.get(teamPartitionKey(scope), id);
  }

  insert(recognition: Recognition): Promise<Stored<Recognition>> {
    return this.table.insert(teamPartitionKey(recognition), recognition.id, recognition);
  }

  listAll(scope: TeamScope): Promise<Stored<Recognition>[]> {
    return this.table.listByPrefix(teamPartitionKey(scope), '', `kind eq 'recognition'`);
  }
}
