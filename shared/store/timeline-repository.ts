import { odata, type TableClient, type TableEntityResult } from '@azure/data-tables';
import { FeedbackSchema, type Feedback } from '../domain/feedback.ts';
import { RecognitionSchema, type Recognition } from '../domain/recognition.ts';
import { invertedTime } from './inverted-time.ts';
import { fromJsonEntity } from './json-entity.ts';
import type { Stored } from './stored.ts';
import { teamPartitionKey, type TeamScope } from './team-scope.ts';

export type TimelineEntry =
  | { kind: 'feedback'; feedback: Stored<Feedback> }
  | { kind: 'recognition'; recognition: Stored<Recognition> };

export interface TimelineQuery {
  /** Only items created strictly before this instant. */
  before?: Date;
  /** Rows per storage round trip, 1–1,000. */
  pageSize?: number;
}

/** Feedback and recognition together, as the timeline partition holds them: newest first. */
export class TimelineRepository {
  constructor(private readonly client: TableClient) {}

  /**
   * Feedback the person gave or received, and all of the team's recognition (its recipients are a list,
   * which Table filters cannot look into: the caller picks the person's), newest first. One partition
   * query, read page by page as the caller iterates: stopping early reads no further page.
   */
  async *forPerson(
    scope: TeamScope,
    userId: string,
    query: TimelineQuery = {},
  ): AsyncGenerator<TimelineEntry> {
    const filter = [odata`PartitionKey eq ${teamPartitionKey(scope)}`];
    if (query.before) {
      const beforeMs = query.before.getTime();
      if (beforeMs <= 0) return;
      // Keys are the inverted creation time: older items have larger keys, from one millisecond earlier on.
      filter.push(odata`RowKey ge ${invertedTime(new Date(beforeMs - 1))}`);
    }
    filter.push(
      odata`((kind eq 'feedback' and (giverId eq ${userId} or recipientId eq ${userId})) or kind eq 'recognition')`,
    );
    const pages = this.client
      .listEntities<Record<string, unknown>>({ queryOptions: { filter: filter.join(' and ') } })
      .byPage({ maxPageSize: query.pageSize ?? 1000 });
    for await (const page of pages) {
      for (const entity of page) {
        const entry = toEntry(entity);
        if (entry) yield entry;
      }
    }
  }
}

function toEntry(entity: TableEntityResult<Record<string, unknown>>): TimelineEntry | undefined {
  switch (entity['kind']) {
    case 'feedback':
      return { kind: 'feedback', feedback: fromJsonEntity(entity, FeedbackSchema) };
    case 'recognition':
      return { kind: 'recognition', recognition: fromJsonEntity(entity, RecognitionSchema) };
    default:
      return undefined;
  }
}
