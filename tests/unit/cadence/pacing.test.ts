import { describe, expect, it } from 'vitest';
import { Pacing, backoffSeconds, waitFor } from '../../../bot/cadence/pacing.ts';

function pacingAt(start = 0, tenantRps = 40) {
  const clock = { now: start };
  const pacing = new Pacing({ now: () => clock.now, tenantRps });
  const take = (tenant: string, conversation?: string) => pacing.tryAcquire(tenant, conversation);
  return { clock, pacing, take };
}

describe('Pacing', () => {
  it('allows 7 calls per second to one conversation, then waits for the oldest to leave the window', () => {
    const { clock, take } = pacingAt();
    for (let i = 0; i < 7; i += 1) expect(take('t', 'c')).toHaveProperty('permit');
    expect(take('t', 'c')).toEqual({ waitMs: 1000 });
    clock.now = 1000;
    expect(take('t', 'c')).toHaveProperty('permit');
    // 8 in the last 2 s now: the 8/2 s limit holds the ninth until the first call is 2 s old.
    expect(take('t', 'c')).toEqual({ waitMs: 1000 });
  });

  it('holds one conversation to 60 calls in 30 s', () => {
    const log = Array.from({ length: 60 }, (_, i) => i * 400);
    expect(waitFor(log, [{ count: 60, windowMs: 30_000 }], 23_999)).toBe(6001);
  });

  it('caps a tenant at its RPS across conversations, and other tenants are not held', () => {
    const { take } = pacingAt(0, 40);
    for (let i = 0; i < 40; i += 1) expect(take('t1', `c${i}`)).toHaveProperty('permit');
    expect(take('t1', 'another')).toEqual({ waitMs: 1000 });
    expect(take('t2', 'c0')).toHaveProperty('permit');
  });

  it('a refunded permit frees its slot', () => {
    const { take } = pacingAt(0, 2);
    const first = take('t', 'a');
    take('t', 'b');
    expect(take('t', 'c')).toEqual({ waitMs: 1000 });
    if (!('permit' in first)) throw new Error('expected a permit');
    first.permit.refund();
    expect(take('t', 'c')).toHaveProperty('permit');
  });

  it('a 429 blocks only its conversation until Retry-After', () => {
    const { clock, pacing, take } = pacingAt();
    expect(pacing.throttled('t', 'slow', 3000)).toBe('conversation');
    expect(take('t', 'slow')).toEqual({ waitMs: 3000 });
    expect(take('t', 'other')).toHaveProperty('permit');
    clock.now = 3000;
    expect(take('t', 'slow')).toHaveProperty('permit');
  });

  it('many 429s across a tenant within a second block that tenant only', () => {
    const { pacing, take } = pacingAt(0, 40);
    const scopes = Array.from({ length: 10 }, (_, i) => pacing.throttled('t1', `c${i}`, 2000));
    expect(scopes.slice(0, 9).every((scope) => scope === 'conversation')).toBe(true);
    expect(scopes[9]).toBe('tenant');
    expect(take('t1', 'fresh')).toEqual({ waitMs: 2000 });
    expect(take('t2', 'fresh')).toHaveProperty('permit');
  });

  it('acquire waits with the injected sleep until allowed', async () => {
    const clock = { now: 0 };
    const slept: number[] = [];
    const pacing = new Pacing({
      now: () => clock.now,
      tenantRps: 1,
      sleep: (ms) => {
        slept.push(ms);
        clock.now += ms;
        return Promise.resolve();
      },
    });
    await pacing.acquire('t', 'a');
    await pacing.acquire('t', 'b');
    expect(slept).toEqual([1000]);
  });
});

describe('backoffSeconds', () => {
  it('is full jitter under a capped exponential bound', () => {
    expect(backoffSeconds(1, () => 0.999)).toBe(1);
    expect(backoffSeconds(4, () => 0.999)).toBe(8);
    expect(backoffSeconds(4, () => 0.5)).toBe(4);
    expect(backoffSeconds(4, () => 0)).toBe(1);
    expect(backoffSeconds(20, () => 0.999)).toBe(60);
  });
});
