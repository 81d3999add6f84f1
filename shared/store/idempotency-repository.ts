import type { TableClient } from '@azure/data-tables';
import { insertIfAbsent } from './insert-if-absent.ts';
import { keyPart } from './entity-limits.ts';
import { fromJsonEntity, toJsonEntity } from './json-entity.ts';
import { isNotFound } from './storage-errors.ts';
import { teamPartitionKey, type TeamScope } from './team-scope.ts';

/** Operations that take an idempotency key. */
export type IdempotentOperation =
  | 'feedback'
  | 'welcome'
  | 'helpRequest'
  | 'recognition'
  | 'recognitionPost'
  | 'reviewRequest'
  | 'reviewAnswer'
  | 'feedbackDelivery'
  | 'reviewDelivery'
  | 'assignmentNotice'
  | 'summaryPost';

/** One use of a key: which operation, by whom (keys are per person), and the client's key. */
export interface IdempotencyMarkerKey {
  operation: IdempotentOperation;
  actorId: string;
  key: string;
}

export interface Parser<T> {
  parse(input: unknown): T;
}

export interface Claim<T> {
  /** True when this call recorded `outcome`; false when an earlier call had recorded its own. */
  claimed: boolean;
  outcome: T;
}

function markerRowKey({ operation, actorId, key }: IdempotencyMarkerKey): string {
  return `${operation}|${keyPart(actorId, 'actorId')}|${keyPart(key, 'key')}`;
}

/**
 * Insert-if-absent markers in the team's partition of the `idempotency` table, RowKey
 * `{operation}|{actor}|{key}`. A marker holds the whole outcome of the first call, not only an id, so a
 * later call can finish writing that outcome if the first one stopped half-way.
 */
export class IdempotencyRepository {
  constructor(private readonly client: TableClient) {}

  /** Records `outcome` for the marker key unless one is recorded; answers whichever is recorded. */
  async claim<T>(
    scope: TeamScope,
    marker: IdempotencyMarkerKey,
    outcome: T,
    schema: Parser<T>,
  ): Promise<Claim<T>> {
    const checked = schema.parse(outcome);
    const entity = toJsonEntity(teamPartitionKey(scope), markerRowKey(marker), checked, {
      operation: marker.operation,
      actorId: marker.actorId,
    });
    if ((await insertIfAbsent(this.client, entity)) === 'inserted')
      return { claimed: true, outcome: checked };
    const recorded = await this.get(scope, marker, schema);
    // Markers are never deleted while a team exists: a conflict followed by "not found" means it was erased.
    if (recorded === undefined) throw new Error('The idempotency marker vanished after a conflict');
    return { claimed: false, outcome: recorded };
  }

  async get<T>(scope: TeamScope, marker: IdempotencyMarkerKey, schema: Parser<T>): Promise<T | undefined> {
    try {
      const entity = await this.client.getEntity<Record<string, unknown>>(
        teamPartitionKey(scope),
        markerRowKey(marker),
      );
      return fromJsonEntity(entity, schema).value;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }
}
