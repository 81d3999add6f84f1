import type { TableClient, TransactionAction } from '@azure/data-tables';
import { describe, expect, it } from 'vitest';
import { submitInChunks } from '../../../shared/store/batch.ts';

function recordingClient() {
  const submitted: TransactionAction[][] = [];
  const client = {
    submitTransaction: async (actions: TransactionAction[]) => {
      submitted.push(actions);
    },
  } as unknown as TableClient;
  return { client, submitted };
}

const create = (partitionKey: string, rowKey: string): TransactionAction => [
  'create',
  { partitionKey, rowKey },
];

describe('submitInChunks', () => {
  it('sends single-partition transactions of at most 100, keeping order within a partition', async () => {
    const { client, submitted } = recordingClient();
    const actions = Array.from({ length: 450 }, (_, i) => create(i % 2 === 0 ? 'a' : 'b', `r${i}`));
    expect(await submitInChunks(client, actions)).toBe(6);
    for (const chunk of submitted) {
      expect(chunk.length).toBeLessThanOrEqual(100);
      expect(new Set(chunk.map(([, entity]) => entity.partitionKey)).size).toBe(1);
    }
    expect(submitted.map((chunk) => chunk.length)).toEqual([100, 100, 25, 100, 100, 25]);
    const partitionA = submitted.flat().filter(([, entity]) => entity.partitionKey === 'a');
    expect(partitionA).toEqual(actions.filter(([, entity]) => entity.partitionKey === 'a'));
  });

  it('starts a new transaction when an entity appears twice', async () => {
    const { client, submitted } = recordingClient();
    await submitInChunks(client, [
      create('a', 'x'),
      create('a', 'y'),
      ['delete', { partitionKey: 'a', rowKey: 'x' }],
    ]);
    expect(submitted.map((chunk) => chunk.map(([kind, entity]) => `${kind}:${entity.rowKey}`))).toEqual([
      ['create:x', 'create:y'],
      ['delete:x'],
    ]);
  });

  it('keeps each transaction payload under 4 MiB', async () => {
    const { client, submitted } = recordingClient();
    const big = (rowKey: string): TransactionAction => [
      'upsert',
      {
        partitionKey: 'a',
        rowKey,
        ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`s${i}`, 'x'.repeat(30_000)])),
      },
    ];
    await submitInChunks(
      client,
      Array.from({ length: 12 }, (_, i) => big(`r${i}`)),
    );
    expect(submitted.length).toBeGreaterThan(1);
    expect(submitted.flat()).toHaveLength(12);
  });

  it('submits nothing for no actions', async () => {
    const { client, submitted } = recordingClient();
    expect(await submitInChunks(client, [])).toBe(0);
    expect(submitted).toEqual([]);
  });
});
