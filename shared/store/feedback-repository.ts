import { odata, type TableClient } from '@azure/data-tables';
import { FeedbackSchema, type Feedback } from '../domain/feedback.ts';
import { JsonTable } from './json-table.ts';
import { linkColumns } from './link-columns.ts';
import type { Stored } from './stored.ts';
import { teamPartitionKey, type TeamScope } from './team-scope.ts';

/** Feedback lives in the team's timeline partition, newest first (its id is a newest-first key). */
export class FeedbackRepository {
  private readonly table: JsonTable<Feedback>;

  /** `onWrite` hears of every write to a team's timeline partition (the board's link counts depend on it). */
  constructor(client: TableClient, onWrite?: (partitionKey: string) => void) {
    this.table = new JsonTable(client, {
      onWrite,
      what: 'feedback',
      schema: FeedbackSchema,
      columns: (feedback) => ({
        kind: 'feedback',
        giverId: feedback.giverId,
        recipientId: feedback.recipientId,
        visibility: feedback.visibility,
        ...linkColumns(feedback.link),
      }),
    });
  }

  get(scope: TeamScope, id: string): Promise<Stored<Feedback> | undefined> {
    return this.table.get(teamPartitionKey(scope), id);
  }

  insert(feedback: Feedback): Promise<Stored<Feedback>> {
    return this.table.insert(teamPartitionKey(feedback), feedback.id, feedback);
  }

  /** Inserts the row, or answers the stored one when a call with the same id wrote it first. */
  insertOnce(feedback: Feedback): Promise<Stored<Feedback>> {
    return this.table.insertOnce(teamPartitionKey(feedback), feedback.id, feedback);
  }

  /** Feedback a person gave or received, newest first. */
  listForPerson(scope: TeamScope, userId: string): Promise<Stored<Feedback>[]> {
    return this.table.listByPrefix(
      teamPartitionKey(scope),
      '',
      odata`kind eq 'feedback' and (giverId eq ${userId} or recipientId eq ${userId})`,
    );
  }

  listAll(scope: TeamScope): Promise<Stored<Feedback>[]> {
    return this.table.listByPrefix(teamPartitionKey(scope), '', `kind eq 'feedback'`);
  }
}
