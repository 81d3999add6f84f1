import type { TableClient } from '@azure/data-tables';
import { keyPart } from './entity-limits.ts';
import { isNotFound } from './storage-errors.ts';

/**
 * The bot's 1:1 chat with each person (Teams answers the same conversation id for the same person every
 * time): opened once and remembered, so a weekly fan-out is one connector call per member, not two.
 * PartitionKey tenant, RowKey Teams user id; kept in memory after the first read.
 */
export class PersonalConversations {
  private readonly known = new Map<string, string>();

  constructor(private readonly client: TableClient) {}

  async get(tenantId: string, teamsUserId: string): Promise<string | undefined> {
    const cached = this.known.get(`${tenantId}|${teamsUserId}`);
    if (cached !== undefined) return cached;
    try {
      const entity = await this.client.getEntity<{ conversationId?: unknown }>(
        ...keys(tenantId, teamsUserId),
      );
      if (typeof entity.conversationId !== 'string') return undefined;
      this.known.set(`${tenantId}|${teamsUserId}`, entity.conversationId);
      return entity.conversationId;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async put(tenantId: string, teamsUserId: string, conversationId: string): Promise<void> {
    const [partitionKey, rowKey] = keys(tenantId, teamsUserId);
    await this.client.upsertEntity({ partitionKey, rowKey, conversationId }, 'Replace');
    this.known.set(`${tenantId}|${teamsUserId}`, conversationId);
  }
}

function keys(tenantId: string, teamsUserId: string): [string, string] {
  return [keyPart(tenantId, 'tenantId'), keyPart(teamsUserId, 'teamsUserId')];
}
