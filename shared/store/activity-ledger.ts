import type { TableClient } from '@azure/data-tables';
import { z } from 'zod';
import { keyPart } from './entity-limits.ts';
import { insertIfAbsent } from './insert-if-absent.ts';
import { fromJsonEntity, toJsonEntity } from './json-entity.ts';
import { isNotFound, isPreconditionFailed } from './storage-errors.ts';

/** What the first handling of an activity answered, replayed to a redelivery of the same activity. */
const LedgerEntrySchema = z.object({
  state: z.enum(['processing', 'done']),
  startedAt: z.iso.datetime(),
  /** The HTTP answer of an invoke (status and body); absent for messages. */
  response: z.object({ status: z.number().int(), body: z.unknown().optional() }).optional(),
});

export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;
export type LedgerResponse = NonNullable<LedgerEntry['response']>;

export type LedgerClaim =
  { kind: 'claimed' } | { kind: 'done'; response?: LedgerResponse } | { kind: 'inProgress' };

export interface ActivityKey {
  conversationId: string;
  activityId: string;
}

/**
 * Each inbound activity id is handled once per conversation (Teams redelivers when the bot is slow, and
 * may send an invoke twice). A claim is an insert-if-absent row marked `processing`; a redelivery finds it
 * and replays the recorded answer, or answers "in progress". A claim older than `leaseMs` whose handling
 * never finished (the instance died) may be taken over with its ETag, so an answer is never lost to a crash.
 */
export class ActivityLedger {
  constructor(
    private readonly client: TableClient,
    private readonly leaseMs = 60_000,
  ) {}

  async claim(key: ActivityKey, now: Date): Promise<LedgerClaim> {
    const entry: LedgerEntry = { state: 'processing', startedAt: now.toISOString() };
    if ((await insertIfAbsent(this.client, this.entity(key, entry))) === 'inserted')
      return { kind: 'claimed' };
    const recorded = await this.read(key);
    if (!recorded) return this.claim(key, now);
    if (recorded.value.state === 'done') return { kind: 'done', response: recorded.value.response };
    if (now.getTime() - Date.parse(recorded.value.startedAt) < this.leaseMs) return { kind: 'inProgress' };
    try {
      await this.client.updateEntity(this.entity(key, entry), 'Replace', { etag: recorded.etag });
      return { kind: 'claimed' };
    } catch (error) {
      if (isPreconditionFailed(error) || isNotFound(error)) return { kind: 'inProgress' };
      throw error;
    }
  }

  async complete(key: ActivityKey, startedAt: Date, response?: LedgerResponse): Promise<void> {
    const entry: LedgerEntry = { state: 'done', startedAt: startedAt.toISOString(), response };
    await this.client.upsertEntity(this.entity(key, entry), 'Replace');
  }

  /** Handling failed: the next delivery may try again at once. */
  async release(key: ActivityKey): Promise<void> {
    try {
      await this.client.deleteEntity(...this.keys(key));
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }

  private async read(key: ActivityKey): Promise<{ value: LedgerEntry; etag: string } | undefined> {
    try {
      const entity = await this.client.getEntity<Record<string, unknown>>(...this.keys(key));
      return fromJsonEntity(entity, LedgerEntrySchema);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  private keys(key: ActivityKey): [string, string] {
    return [keyPart(key.conversationId, 'conversation.id'), keyPart(key.activityId, 'id')];
  }

  private entity(key: ActivityKey, entry: LedgerEntry) {
    return toJsonEntity(...this.keys(key), entry);
  }
}
