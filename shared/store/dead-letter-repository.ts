import { odata, type TableClient } from '@azure/data-tables';
import { z } from 'zod';
import { keyPart } from './entity-limits.ts';
import { fromJsonEntity, toJsonEntity } from './json-entity.ts';
import { listAll } from './list-all.ts';

export const DeadLetterSchema = z.object({
  /** The job as it travelled (parsed), or the raw message text when it could not be parsed. */
  job: z.unknown(),
  reason: z.string(),
  attempts: z.number().int().min(0),
  lastStatus: z.number().int().optional(),
  lastCode: z.string().optional(),
  at: z.iso.datetime(),
});

export type DeadLetter = z.infer<typeof DeadLetterSchema>;

/** Messages that were never a job land in this partition, keyed by queue message id. */
export const UNPARSABLE_PARTITION = 'unparsable';

/**
 * Fan-out jobs given up on (refused, failed N times, outcome unknown), kept with the reason for a human.
 * PartitionKey the team (or `unparsable`), RowKey the job key: dead-lettering the same job twice (two
 * instances, a redelivery) leaves one row with the latest reason.
 */
export class DeadLetterRepository {
  constructor(private readonly client: TableClient) {}

  async put(partition: string, key: string, letter: DeadLetter): Promise<void> {
    const entity = toJsonEntity(keyPart(partition, 'partition'), keyPart(key, 'key'), letter, {
      reason: letter.reason.slice(0, 1024),
    });
    await this.client.upsertEntity(entity, 'Replace');
  }

  async list(partition: string): Promise<Array<DeadLetter & { key: string }>> {
    const entities = await listAll(this.client, odata`PartitionKey eq ${partition}`);
    return entities.map((entity) => ({
      ...fromJsonEntity(entity, DeadLetterSchema).value,
      key: String(entity.rowKey),
    }));
  }
}
