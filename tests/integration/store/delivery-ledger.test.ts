import { describe, expect, it } from 'vitest';
import { DeliveryLedger, UNKNOWN_OUTCOME } from '../../../shared/store/delivery-ledger.ts';
import { TABLES } from '../../../shared/store/table-names.ts';
import { testTableClients } from '../../support/test-tables.ts';

const key = {
  tenantId: '11111111-1111-4111-8111-111111111111',
  teamId: '19:team@thread.tacv2',
  key: '2026-W02|checkin|22222222-2222-4222-8222-222222222222',
};
const t0 = new Date('2026-01-05T09:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

async function testLedger(leaseMs = 60_000) {
  const tables = testTableClients();
  await tables.ensureTables([TABLES.deliveries]);
  return new DeliveryLedger(tables.table(TABLES.deliveries), leaseMs);
}

describe('DeliveryLedger', () => {
  it('gives one claim among concurrent claimants; the rest see it busy', async () => {
    const ledger = await testLedger();
    const claims = await Promise.all(
      Array.from({ length: 8 }, (_, i) => ledger.claim(key, `instance-${i}`, t0)),
    );
    expect(claims.filter((claim) => claim.kind === 'claimed')).toHaveLength(1);
    expect(claims.filter((claim) => claim.kind === 'busy')).toHaveLength(7);
  });

  it('after sent, every later claim answers sent with the recorded ids', async () => {
    const ledger = await testLedger();
    await ledger.claim(key, 'a', t0);
    await ledger.markSent(key, t0, { conversationId: 'a:1', activityId: '42' }, later(50));
    const again = await ledger.claim(key, 'b', later(10 * 60_000));
    expect(again).toMatchObject({ kind: 'sent', delivery: { conversationId: 'a:1', activityId: '42' } });
  });

  it('a released claim (not delivered) can be claimed again', async () => {
    const ledger = await testLedger();
    const first = await ledger.claim(key, 'a', t0);
    if (first.kind !== 'claimed') throw new Error('expected a claim');
    await ledger.release(key, first.etag);
    expect((await ledger.claim(key, 'b', later(1))).kind).toBe('claimed');
  });

  it('a stale sending claim becomes failed: unknown outcome, exactly once, and is never claimable again', async () => {
    const ledger = await testLedger(1000);
    const first = await ledger.claim(key, 'dead', t0);
    expect((await ledger.claim(key, 'b', later(500))).kind).toBe('busy');
    const takeovers = await Promise.all([
      ledger.claim(key, 'b', later(2000)),
      ledger.claim(key, 'c', later(2000)),
    ]);
    expect(takeovers.map((claim) => claim.kind).sort()).toEqual(['failed', 'unknown']);
    expect(await ledger.claim(key, 'd', later(5000))).toEqual({ kind: 'failed', reason: UNKNOWN_OUTCOME });
    // The dead worker's release (had it woken up) cannot undo the decision.
    if (first.kind !== 'claimed') throw new Error('expected a claim');
    await ledger.release(key, first.etag);
    expect((await ledger.get(key))?.value.state).toBe('failed');
  });
});
