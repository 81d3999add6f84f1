import { beforeAll, describe, expect, it } from 'vitest';
import { ActivityLedger } from '../../../shared/store/activity-ledger.ts';
import { TABLES } from '../../../shared/store/table-names.ts';
import { testTableClients } from '../../support/test-tables.ts';

const T0 = new Date('2026-03-02T09:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
let ledger: ActivityLedger;
let counter = 0;

function freshKey() {
  counter += 1;
  return { conversationId: 'a:1fake-personal-conversation-ledger', activityId: `f:activity-${counter}` };
}

beforeAll(async () => {
  const tables = testTableClients();
  await tables.ensureTables([TABLES.activities]);
  ledger = new ActivityLedger(tables.table(TABLES.activities), 60_000);
});

describe('the activity ledger', () => {
  it('lets exactly one of many concurrent deliveries of an activity claim it', async () => {
    const key = freshKey();
    const claims = await Promise.all(Array.from({ length: 8 }, () => ledger.claim(key, T0)));
    expect(claims.filter((claim) => claim.kind === 'claimed')).toHaveLength(1);
    expect(claims.filter((claim) => claim.kind === 'inProgress')).toHaveLength(7);
  });

  it('replays the recorded answer once the first delivery completed', async () => {
    const key = freshKey();
    await ledger.claim(key, T0);
    const response = { status: 200, body: { statusCode: 200, type: 'x', value: 'answer' } };
    await ledger.complete(key, T0, response);
    expect(await ledger.claim(key, later(1000))).toEqual({ kind: 'done', response });
  });

  it('hands an unfinished claim to a redelivery once its lease ran out (the first instance died)', async () => {
    const key = freshKey();
    await ledger.claim(key, T0);
    expect(await ledger.claim(key, later(59_000))).toEqual({ kind: 'inProgress' });
    const takeovers = await Promise.all([ledger.claim(key, later(61_000)), ledger.claim(key, later(61_000))]);
    expect(takeovers.map((claim) => claim.kind).sort()).toEqual(['claimed', 'inProgress']);
  });

  it('lets the next delivery try again at once after a failed handling released the claim', async () => {
    const key = freshKey();
    await ledger.claim(key, T0);
    await ledger.release(key);
    expect(await ledger.claim(key, later(10))).toEqual({ kind: 'claimed' });
  });
});
