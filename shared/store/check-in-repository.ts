import { odata, type TableClient } from '@azure/data-tables';
import { CheckInSchema, type CheckIn } from '../domain/check-in.ts';
import { JsonTable } from './json-table.ts';
import { RecordExistsError, StaleVersionError } from './record-errors.ts';
import type { Stored } from './stored.ts';
import { teamPartitionKey, type TeamScope } from './team-scope.ts';

function checkInRowKey(week: string, userId: string): string {
  return `${week}|${userId}`;
}

/**
 * One row per member and week takes every merge of that week (tab, card, bot, other devices), up to
 * LIMITS.taskUpdatesPerCheckIn task updates each merged on its own. The default 8 attempts gave up under
 * 200 concurrent merges (16 sufficed when measured); 32, with the usual backoff capped at 500 ms, keeps a
 * margin while bounding a hopeless retry at about 13 s of backoff.
 */
const CHECK_IN_MAX_ATTEMPTS = 32;

/** One row per member and week: a second submit edits the same row. */
export class CheckInRepository {
  private readonly table: JsonTable<CheckIn>;

  constructor(client: TableClient) {
    this.table = new JsonTable(client, {
      what: 'check-in',
      schema: CheckInSchema,
      columns: (checkIn) => ({ userId: checkIn.userId, week: checkIn.week, confidence: checkIn.confidence }),
    });
  }

  get(scope: TeamScope, week: string, userId: string): Promise<Stored<CheckIn> | undefined> {
    return this.table.get(teamPartitionKey(scope), checkInRowKey(week, userId));
  }

  listWeek(scope: TeamScope, week: string): Promise<Stored<CheckIn>[]> {
    return this.table.listByPrefix(teamPartitionKey(scope), `${week}|`);
  }

  listForMember(scope: TeamScope, userId: string): Promise<Stored<CheckIn>[]> {
    return this.table.listByPrefix(teamPartitionKey(scope), '', odata`userId eq ${userId}`);
  }

  listAll(scope: TeamScope): Promise<Stored<CheckIn>[]> {
    return this.table.listByPrefix(teamPartitionKey(scope));
  }

  /**
   * Creates the week's check-in, or merges into the stored one with ETag retries. `merge` gets the stored
   * value (or undefined) and returns the next one; it must be pure, as it may run more than once.
   */
  async upsert(
    scope: TeamScope,
    week: string,
    userId: string,
    merge: (current: CheckIn | undefined) => CheckIn,
  ): Promise<Stored<CheckIn>> {
    const partitionKey = teamPartitionKey(scope);
    const rowKey = checkInRowKey(week, userId);
    const stored = await this.table.get(partitionKey, rowKey);
    if (!stored) {
      try {
        return await this.table.insert(partitionKey, rowKey, merge(undefined));
      } catch (error) {
        if (!(error instanceof RecordExistsError)) throw error;
      }
    } else {
      // The first attempt writes against the version just read; only a clash re-reads (in update).
      try {
        return await this.table.replace(partitionKey, rowKey, merge(stored.value), stored.etag);
      } catch (error) {
        if (!(error instanceof StaleVersionError)) throw error;
      }
    }
    return this.table.update(partitionKey, rowKey, (current) => merge(current), {
      maxAttempts: CHECK_IN_MAX_ATTEMPTS,
    });
  }
}
