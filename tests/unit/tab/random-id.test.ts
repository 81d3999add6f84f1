import { afterEach, expect, it } from 'vitest';
import { randomId } from '../../../tab/format/random-id.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const original = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(crypto) as object, 'randomUUID');

afterEach(() => {
  Reflect.deleteProperty(crypto, 'randomUUID');
});

it('answers random UUID v4s where crypto.randomUUID is missing (plain http on a LAN address)', () => {
  Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
  const ids = Array.from({ length: 50 }, () => randomId());
  for (const id of ids) expect(id).toMatch(UUID_V4);
  expect(new Set(ids).size).toBe(ids.length);
});

it('uses crypto.randomUUID where it exists', () => {
  expect(original).toBeDefined();
  expect(randomId()).toMatch(UUID_V4);
});
