import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TableClient } from '@azure/data-tables';
import { QueueClient } from '@azure/storage-queue';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedAzurite } from '../../../bot/local/embedded-azurite.ts';
import { storageConnectionString } from '../../support/test-tables.ts';

const directories: string[] = [];
afterAll(async () => {
  await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
});

function tableClient(connectionString: string, name: string): TableClient {
  return TableClient.fromConnectionString(connectionString, name, { allowInsecureConnection: true });
}

describe('startEmbeddedAzurite', () => {
  it('serves queues on the shared instance, with the SDK’s newer API version', async () => {
    const queue = new QueueClient(storageConnectionString(), `checkins${Date.now()}`);
    await queue.create();
    await queue.sendMessage('hello');
    const received = await queue.receiveMessages();
    expect(received.receivedMessageItems.map((message) => message.messageText)).toEqual(['hello']);
    await queue.delete();
  });

  it('binds free ports and persists to a directory across restarts', async () => {
    const location = await mkdtemp(join(tmpdir(), 'cadence-azurite-'));
    directories.push(location);

    const first = await startEmbeddedAzurite({ location });
    expect(first.connectionString).toMatch(/TableEndpoint=http:\/\/127\.0\.0\.1:\d+\/devstoreaccount1/);
    expect(first.tableEndpoint).not.toMatch(/:0\//);
    expect(first.queueEndpoint).not.toBe(first.tableEndpoint);
    const table = tableClient(first.connectionString, 'persisted');
    await table.createTable();
    await table.createEntity({ partitionKey: 'p', rowKey: 'r', note: 'survives' });
    await first.stop();
    await first.stop();

    const second = await startEmbeddedAzurite({ location });
    try {
      const entity = await tableClient(second.connectionString, 'persisted').getEntity('p', 'r');
      expect(entity.note).toBe('survives');
    } finally {
      await second.stop();
    }
  });
});
