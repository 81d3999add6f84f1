import { odata, type TableClient } from '@azure/data-tables';
import { z } from 'zod';
import { keyPart } from './entity-limits.ts';
import { insertIfAbsent } from './insert-if-absent.ts';
import { fromJsonEntity, toJsonEntity } from './json-entity.ts';
import { listAll } from './list-all.ts';
import { isNotFound, isPreconditionFailed } from './storage-errors.ts';
import { teamPartitionKey, type TeamScope } from './team-scope.ts';
import { prefixEnd } from './row-key-range.ts';

const PREFIX = 'jobEnqueued|';

const MarkSchema = z.object({
  state: z.enum(['enqueuing', 'enqueued']),
  /** When the current holder claimed it: a claim older than the lease may be taken over. */
  claimedAt: z.iso.datetime(),
});

type Mark = z.infer<typeof MarkSchema>;

/** `claimed`: this caller enqueues now. `enqueued`: done before. `inProgress`: another instance holds it. */
export type EnqueueClaim = 'claimed' | 'enqueued' | 'inProgress';

/**
 * "This scheduled job is on the queue": one row per job key in the team's partition of the idempotency
 * table (RowKey `jobEnqueued|{jobKey}`), claimed before the enqueue and marked `enqueued` after it. A claim
 * whose holder died before marking (between claim and enqueue, or between enqueue and mark) is taken over
 * with its ETag once `leaseMs` passed, so the job is enqueued again rather than lost.
 */
export class EnqueueLedger {
  constructor(
    private readonly client: TableClient,
    private readonly leaseMs = 120_000,
  ) {}

  async claim(scope: TeamScope, jobKey: string, now: Date): Promise<EnqueueClaim> {
    const mark: Mark = { state: 'enqueuing', claimedAt: now.toISOString() };
    if ((await insertIfAbsent(this.client, this.entity(scope, jobKey, mark))) === 'inserted')
      return 'claimed';
    const recorded = await this.read(scope, jobKey);
    if (!recorded) return this.claim(scope, jobKey, now);
    if (recorded.value.state === 'enqueued') return 'enqueued';
    if (now.getTime() - Date.parse(recorded.value.claimedAt) < this.leaseMs) return 'inProgress';
    try {
      await this.client.updateEntity(this.entity(scope, jobKey, mark), 'Replace', { etag: recorded.etag });
      return 'claimed';
    } catch (error) {
      if (isPreconditionFailed(error) || isNotFound(error)) return 'inProgress';
      throw error;
    }
  }

  async markEnqueued(scope: TeamScope, jobKey: string, claimedAt: Date): Promise<void> {
    const mark: Mark = { state: 'enqueued', claimedAt: claimedAt.toISOString() };
    await this.client.upsertEntity(this.entity(scope, jobKey, mark), 'Replace');
  }

  /** The enqueue failed: the next tick may claim at once. */
  async release(scope: TeamScope, jobKey: string): Promise<void> {
    try {
      await this.client.deleteEntity(teamPartitionKey(scope), this.rowKey(jobKey));
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }

  /** The job keys of a team already marked `enqueued` whose keys start with `keyPrefix` (e.g. a week). */
  async enqueuedKeys(scope: TeamScope, keyPrefix: string): Promise<Set<string>> {
    const from = this.rowKey(keyPrefix);
    const rows = await listAll<Record<string, unknown>>(
      this.client,
      odata`PartitionKey eq ${teamPartitionKey(scope)} and RowKey ge ${from} and RowKey lt ${prefixEnd(from)}`,
    );
    const keys = new Set<string>();
    for (const row of rows) {
      const { value } = fromJsonEntity(row, MarkSchema);
      if (value.state === 'enqueued') keys.add(String(row.rowKey).slice(PREFIX.length));
    }
    return keys;
  }

  private async read(scope: TeamScope, jobKey: string): Promise<{ value: Mark; etag: string } | undefined> {
    try {
      const entity = await this.client.getEntity<Record<string, unknown>>(
        teamPartitionKey(scope),
        this.rowKey(jobKey),
      );
      return fromJsonEntity(entity, MarkSchema);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  private rowKey(jobKey: string): string {
    return `${PREFIX}${keyPart(jobKey, 'jobKey')}`;
  }

  private entity(scope: TeamScope, jobKey: string, mark: Mark) {
    return toJsonEntity(teamPartitionKey(scope), this.rowKey(jobKey), mark);
  }
}
