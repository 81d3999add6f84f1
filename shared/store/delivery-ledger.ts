import type { TableClient } from '@azure/data-tables';
import { z } from 'zod';
import { keyPart } from './entity-limits.ts';
import { createIfAbsent } from './insert-if-absent.ts';
import { fromJsonEntity, toJsonEntity } from './json-entity.ts';
import { isNotFound, isPreconditionFailed } from './storage-errors.ts';
import { teamPartitionKey, type TeamScope } from './team-scope.ts';

const DeliverySchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('sending'), claimedAt: z.iso.datetime(), instanceId: z.string() }),
  z.object({
    state: z.literal('sent'),
    claimedAt: z.iso.datetime(),
    sentAt: z.iso.datetime(),
    conversationId: z.string(),
    activityId: z.string(),
  }),
  z.object({ state: z.literal('failed'), claimedAt: z.iso.datetime(), reason: z.string() }),
]);

export type Delivery = z.infer<typeof DeliverySchema>;

export interface DeliveryKey extends TeamScope {
  /** `jobKey(job)`: (week, kind, member). */
  key: string;
}

export type DeliveryClaim =
  /** This caller owns the send. Keep the etag for `markSent`/`release`. */
  | { kind: 'claimed'; etag: string }
  /** Sent before: complete the job without sending. */
  | { kind: 'sent'; delivery: Extract<Delivery, { state: 'sent' }> }
  /** Given up on before: complete the job without sending. */
  | { kind: 'failed'; reason: string }
  /** Another worker is sending it right now: look again after `retryInMs`. */
  | { kind: 'busy'; retryInMs: number }
  /**
   * A claim older than the lease that never became `sent` or `failed`: its worker died somewhere between
   * claiming and recording, so the message may or may not be in Teams. It is now recorded as failed
   * ("unknown outcome") and must not be sent again.
   */
  | { kind: 'unknown'; claimedAt: string; instanceId: string };

export const UNKNOWN_OUTCOME = 'unknown outcome: a worker claimed the send and never recorded its result';

/**
 * The fan-out's once-only record: one row per (team, job key), inserted **before** the send.
 *
 * States: `sending` (claimed at a time by an instance) → `sent` (conversation and activity id) or
 * `failed` (a reason). A claim is an insert-if-absent, so among any number of instances and redelivered
 * queue messages exactly one caller owns a key; every later caller finds the row and completes without
 * sending.
 *
 * **The guarantee.** No member ever gets the same job (team, week, kind, member) twice: not with two
 * service instances on one queue, not when the queue hands a message out again (visibility timeout, a
 * worker that died), and not after a crash between the send and the queue acknowledgement — the ledger
 * says `sent`, so the redelivered job completes without sending. A claim is released (the row deleted, so
 * a later attempt may send) only when Teams definitely did **not** take the message: a 429, 412, 502 or 504
 * answer, or a connection that was refused before any byte went out.
 *
 * **The one remaining window** is a crash (or a connection lost mid-request, or an answer that leaves the
 * outcome open such as a 500 or a timeout) between the claim and recording the outcome: the milliseconds
 * around the one HTTP call. The row then stays `sending`, and nobody can tell whether Teams has the
 * message (the crash may have come just before the call or just after Teams accepted it). A later worker
 * that meets the row before the lease ends looks again later; after the lease it chooses
 * **at-most-once**: it records `failed: unknown outcome`, dead-letters the job for a human, and does not
 * resend. So in that window a member may miss one message; they never get two. For check-ins that is the
 * right side to err on: a duplicate check-in card is the very failure Cadence exists to avoid (two cards,
 * two answers, noise a member cannot undo), while a miss is recoverable and visible (the dead letter names
 * it, the channel summary tags whoever has not answered, and the member can open the check-in with a
 * command).
 */
export class DeliveryLedger {
  constructor(
    private readonly client: TableClient,
    /** How long a `sending` claim may belong to a live worker; longer than any one send can take. */
    private readonly leaseMs = 120_000,
  ) {}

  async claim(key: DeliveryKey, instanceId: string, now: Date): Promise<DeliveryClaim> {
    const entry: Delivery = { state: 'sending', claimedAt: now.toISOString(), instanceId };
    const inserted = await this.insert(key, entry);
    if (inserted !== undefined) return { kind: 'claimed', etag: inserted };
    const recorded = await this.get(key);
    if (!recorded) return this.claim(key, instanceId, now);
    const { value, etag } = recorded;
    if (value.state === 'sent') return { kind: 'sent', delivery: value };
    if (value.state === 'failed') return { kind: 'failed', reason: value.reason };
    const age = now.getTime() - Date.parse(value.claimedAt);
    if (age < this.leaseMs) return { kind: 'busy', retryInMs: this.leaseMs - age };
    const failed: Delivery = { state: 'failed', claimedAt: value.claimedAt, reason: UNKNOWN_OUTCOME };
    try {
      await this.client.updateEntity(this.entity(key, failed), 'Replace', { etag });
    } catch (error) {
      // Another worker settled it first: let the next look see what it decided.
      if (isPreconditionFailed(error) || isNotFound(error)) return this.claim(key, instanceId, now);
      throw error;
    }
    return { kind: 'unknown', claimedAt: value.claimedAt, instanceId: value.instanceId };
  }

  /** Teams took it. Unconditional: once sent, nothing may turn it back into a claim. */
  async markSent(
    key: DeliveryKey,
    claimedAt: Date,
    sent: { conversationId: string; activityId: string },
    now: Date,
  ): Promise<void> {
    const entry: Delivery = {
      state: 'sent',
      claimedAt: claimedAt.toISOString(),
      sentAt: now.toISOString(),
      ...sent,
    };
    await this.client.upsertEntity(this.entity(key, entry), 'Replace');
  }

  async markFailed(key: DeliveryKey, claimedAt: Date, reason: string): Promise<void> {
    const entry: Delivery = { state: 'failed', claimedAt: claimedAt.toISOString(), reason };
    await this.client.upsertEntity(this.entity(key, entry), 'Replace');
  }

  /** Teams definitely did not take the message: a later attempt may claim and send. */
  async release(key: DeliveryKey, etag: string): Promise<void> {
    try {
      await this.client.deleteEntity(...this.keys(key), { etag });
    } catch (error) {
      if (!isNotFound(error) && !isPreconditionFailed(error)) throw error;
    }
  }

  /** Insert-if-absent that keeps the new row's ETag; undefined when the row exists. */
  private async insert(key: DeliveryKey, entry: Delivery): Promise<string | undefined> {
    const created = await createIfAbsent(this.client, this.entity(key, entry));
    if (!created) return undefined;
    if (created.etag === undefined) throw new Error('Table Storage returned no ETag for a new row');
    return created.etag;
  }

  async get(key: DeliveryKey): Promise<{ value: Delivery; etag: string } | undefined> {
    try {
      const entity = await this.client.getEntity<Record<string, unknown>>(...this.keys(key));
      return fromJsonEntity(entity, DeliverySchema);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  private keys(key: DeliveryKey): [string, string] {
    return [teamPartitionKey(key), keyPart(key.key, 'job key')];
  }

  private entity(key: DeliveryKey, entry: Delivery) {
    return toJsonEntity(...this.keys(key), entry, { state: entry.state });
  }
}
