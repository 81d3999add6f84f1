import { describe, expect, it } from 'vitest';
import { createJobQueueClient, StorageJobQueue } from '../../../bot/cadence/storage-job-queue.ts';
import type { CadenceJob } from '../../../bot/cadence/jobs.ts';
import { DeadLetterRepository, UNPARSABLE_PARTITION } from '../../../shared/store/dead-letter-repository.ts';
import { TABLES } from '../../../shared/store/table-names.ts';
import { storageConnectionString, testTableClients, uniqueTablePrefix } from '../../support/test-tables.ts';

const job: CadenceJob = {
  kind: 'checkin',
  tenantId: '11111111-1111-4111-8111-111111111111',
  teamId: '19:team@thread.tacv2',
  week: '2026-W02',
  userId: '22222222-2222-4222-8222-222222222222',
};

async function testQueue() {
  const tables = testTableClients();
  await tables.ensureTables([TABLES.deadLetters]);
  const deadLetters = new DeadLetterRepository(tables.table(TABLES.deadLetters));
  const client = createJobQueueClient({
    connectionString: storageConnectionString(),
    tablePrefix: uniqueTablePrefix(),
  });
  const queue = new StorageJobQueue(client, deadLetters);
  await queue.ensure();
  return { queue, client, deadLetters };
}

describe('StorageJobQueue on Azurite', () => {
  it('round-trips a job as base64 JSON and deletes it on complete', async () => {
    const { queue, client } = await testQueue();
    await queue.enqueue(job);
    const peeked = await client.peekMessages();
    expect(JSON.parse(Buffer.from(peeked.peekedMessageItems[0]!.messageText, 'base64').toString())).toEqual(
      job,
    );
    const [received] = await queue.receive(8, 30);
    expect(received).toMatchObject({ job, dequeueCount: 1 });
    expect(await queue.receive(8, 30)).toEqual([]);
    await queue.complete(received!);
    expect(await queue.approximateCount()).toBe(0);
  });

  it('retryLater hands the job out again after the delay, with a higher dequeue count', async () => {
    const { queue } = await testQueue();
    await queue.enqueue(job);
    const [first] = await queue.receive(1, 30);
    await queue.retryLater(first!, 1);
    expect(await queue.receive(1, 30)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const [again] = await queue.receive(1, 30);
    expect(again).toMatchObject({ job, dequeueCount: 2 });
  });

  it('a delayed enqueue stays invisible until its delay', async () => {
    const { queue } = await testQueue();
    await queue.enqueue(job, { delaySeconds: 30 });
    expect(await queue.receive(8, 30)).toEqual([]);
    expect(await queue.approximateCount()).toBe(1);
  });

  it('dead-letters and deletes a message that is not a job', async () => {
    const { queue, client, deadLetters } = await testQueue();
    await client.sendMessage(Buffer.from('{"kind":"nonsense"}').toString('base64'));
    await client.sendMessage('not base64 json');
    await queue.enqueue(job);
    const received = await queue.receive(8, 30);
    expect(received.map((r) => r.job)).toEqual([job]);
    const letters = await deadLetters.list(UNPARSABLE_PARTITION);
    expect(letters.map((letter) => letter.reason)).toEqual([
      'The queue message is not a Cadence job',
      'The queue message is not a Cadence job',
    ]);
    await queue.complete(received[0]!);
    expect(await queue.approximateCount()).toBe(0);
  });

  it('completing with a stale receipt is harmless', async () => {
    const { queue } = await testQueue();
    await queue.enqueue(job);
    const [received] = await queue.receive(1, 30);
    await queue.complete(received!);
    await expect(queue.complete(received!)).resolves.toBeUndefined();
  });
});
