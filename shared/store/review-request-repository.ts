import { odata, type TableClient } from '@azure/data-tables';
import { ReviewRequestSchema, type ReviewRequest } from '../domain/review-request.ts';
import { boardRowKey, boardRowPrefix } from './board-keys.ts';
import { JsonTable } from './json-table.ts';
import type { Stored } from './stored.ts';
import { teamPartitionKey, type TeamScope } from './team-scope.ts';

/**
 * Review requests live beside the tasks they are about, in the team's board partition under RowKey
 * `review|{id}`: a point read by id, and "the reviews of a task" a range of the same partition. The board
 * reader skips the `review` kind, and erasing a team's partitions erases them too.
 */
export class ReviewRequestRepository {
  private readonly table: JsonTable<ReviewRequest>;

  constructor(client: TableClient) {
    this.table = new JsonTable(client, {
      what: 'review request',
      schema: ReviewRequestSchema,
      columns: (review) => ({
        kind: 'review',
        taskId: review.taskId,
        requesterId: review.requesterId,
        reviewerId: review.reviewerId,
        status: review.status,
      }),
    });
  }

  get(scope: TeamScope, id: string): Promise<Stored<ReviewRequest> | undefined> {
    return this.table.get(teamPartitionKey(scope), boardRowKey('review', id));
  }

  require(scope: TeamScope, id: string): Promise<Stored<ReviewRequest>> {
    return this.table.require(teamPartitionKey(scope), boardRowKey('review', id));
  }

  insert(review: ReviewRequest): Promise<Stored<ReviewRequest>> {
    return this.table.insert(teamPartitionKey(review), boardRowKey('review', review.id), review);
  }

  /** Inserts the row, or answers the stored one when a call with the same id wrote it first. */
  insertOnce(review: ReviewRequest): Promise<Stored<ReviewRequest>> {
    return this.table.insertOnce(teamPartitionKey(review), boardRowKey('review', review.id), review);
  }

  /** ETag-guarded read-modify-write with bounded retry. */
  update(scope: TeamScope, id: string, mutate: (review: ReviewRequest) => ReviewRequest) {
    return this.table.update(teamPartitionKey(scope), boardRowKey('review', id), mutate);
  }

  /** The review requests of one task, in no particular order. */
  listForTask(scope: TeamScope, taskId: string): Promise<Stored<ReviewRequest>[]> {
    return this.table.listByPrefix(
      teamPartitionKey(scope),
      boardRowPrefix('review'),
      odata`taskId eq ${taskId}`,
    );
  }
}
