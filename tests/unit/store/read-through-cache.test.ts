import { describe, expect, it } from 'vitest';
import { ReadThroughCache } from '../../../shared/store/read-through-cache.ts';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function setup(options: { maxAgeMs?: number; staleWhileRevalidateMs?: number; maxEntries?: number } = {}) {
  let now = 0;
  const cache = new ReadThroughCache<string>({ maxAgeMs: 1000, ...options, clock: () => now });
  let loads = 0;
  const load = (value: string) => () => {
    loads += 1;
    return Promise.resolve(value);
  };
  return { cache, load, loads: () => loads, advance: (ms: number) => (now += ms) };
}

describe('ReadThroughCache', () => {
  it('serves a fresh value without loading again', async () => {
    const { cache, load, loads, advance } = setup();
    expect(await cache.get('k', load('a'))).toBe('a');
    advance(999);
    expect(await cache.get('k', load('b'))).toBe('a');
    expect(loads()).toBe(1);
  });

  it('lets concurrent readers share one load', async () => {
    const { cache } = setup();
    const gate = deferred<string>();
    let loads = 0;
    const slow = () => {
      loads += 1;
      return gate.promise;
    };
    const readers = [cache.get('k', slow), cache.get('k', slow), cache.get('k', slow)];
    gate.resolve('v');
    expect(await Promise.all(readers)).toEqual(['v', 'v', 'v']);
    expect(loads).toBe(1);
  });

  it('drops the value on invalidate, so the next read sees the write', async () => {
    const { cache, load } = setup();
    await cache.get('k', load('before'));
    cache.invalidate('k');
    expect(await cache.get('k', load('after'))).toBe('after');
  });

  it('never caches a load that overlapped a write', async () => {
    const { cache, load } = setup();
    const gate = deferred<string>();
    const overlapping = cache.get('k', () => gate.promise);
    cache.invalidate('k');
    gate.resolve('read-before-the-write');
    expect(await overlapping).toBe('read-before-the-write');
    expect(await cache.get('k', load('fresh'))).toBe('fresh');
  });

  it('serves the old value while one reload runs, within the stale window', async () => {
    const { cache, load, loads, advance } = setup({ staleWhileRevalidateMs: 500 });
    await cache.get('k', load('old'));
    advance(1200);
    expect(await cache.get('k', load('new'))).toBe('old');
    await Promise.resolve();
    expect(await cache.get('k', load('newer'))).toBe('new');
    expect(loads()).toBe(2);
  });

  it('waits for a fresh value once the stale window has passed', async () => {
    const { cache, load, advance } = setup({ staleWhileRevalidateMs: 500 });
    await cache.get('k', load('old'));
    advance(1501);
    expect(await cache.get('k', load('new'))).toBe('new');
  });

  it('does not keep a failed load', async () => {
    const { cache, load } = setup();
    await expect(cache.get('k', () => Promise.reject(new Error('storage down')))).rejects.toThrow(
      'storage down',
    );
    expect(await cache.get('k', load('recovered'))).toBe('recovered');
  });

  it('forgets the least recently used keys beyond maxEntries', async () => {
    const { cache, load, loads } = setup({ maxEntries: 2 });
    await cache.get('a', load('a'));
    await cache.get('b', load('b'));
    await cache.get('a', load('a'));
    await cache.get('c', load('c'));
    expect(loads()).toBe(3);
    await cache.get('a', load('a'));
    expect(loads()).toBe(3);
    await cache.get('b', load('b'));
    expect(loads()).toBe(4);
  });
});
