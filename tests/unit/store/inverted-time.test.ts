import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateOfNewestFirstKey,
  invertedTime,
  newestFirstKey,
  suffixOfNewestFirstKey,
} from '../../../shared/store/inverted-time.ts';

const MAX_DATE = new Date(8_640_000_000_000_000);
const dates = fc.date({ min: new Date(0), max: MAX_DATE, noInvalidDate: true });
const suffixes = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/);

describe('newestFirstKey', () => {
  it('sorts newer dates first in ascending string order', () => {
    fc.assert(
      fc.property(dates, dates, suffixes, suffixes, (a, b, sa, sb) => {
        fc.pre(a.getTime() !== b.getTime());
        const [newer, older] = a > b ? [a, b] : [b, a];
        expect(newestFirstKey(newer, sa) < newestFirstKey(older, sb)).toBe(true);
      }),
    );
  });

  it('has a fixed width and decodes back to its date and suffix', () => {
    fc.assert(
      fc.property(dates, suffixes, (date, suffix) => {
        const key = newestFirstKey(date, suffix);
        expect(key).toHaveLength(16 + 1 + suffix.length);
        expect(dateOfNewestFirstKey(key).getTime()).toBe(date.getTime());
        expect(suffixOfNewestFirstKey(key)).toBe(suffix);
        expect(dateOfNewestFirstKey(invertedTime(date)).getTime()).toBe(date.getTime());
      }),
    );
  });

  it('sorts a list of keys in exactly reverse chronological order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(dates, { selector: (d) => d.getTime(), minLength: 2 }), (list) => {
        const keys = list.map((date, i) => newestFirstKey(date, `id${i}`));
        const byKey = [...keys].sort().map((key) => dateOfNewestFirstKey(key).getTime());
        const newestFirst = list.map((date) => date.getTime()).sort((x, y) => y - x);
        expect(byKey).toEqual(newestFirst);
      }),
    );
  });

  it('pads to the documented shape', () => {
    expect(newestFirstKey(new Date(0), 'a')).toBe('8640000000000000_a');
    expect(newestFirstKey(MAX_DATE, 'a')).toBe('0000000000000000_a');
  });

  it('refuses dates it cannot encode, bad suffixes and malformed keys', () => {
    expect(() => newestFirstKey(new Date(-1), 'a')).toThrow(RangeError);
    expect(() => newestFirstKey(new Date(Number.NaN), 'a')).toThrow(RangeError);
    expect(() => newestFirstKey(new Date(0), '')).toThrow('suffix must not be empty');
    expect(() => newestFirstKey(new Date(0), 'a/b')).toThrow(/^suffix contains/);
    expect(() => dateOfNewestFirstKey('abc')).toThrow(RangeError);
    expect(() => dateOfNewestFirstKey('9999999999999999_a')).toThrow(RangeError);
    expect(() => dateOfNewestFirstKey('8640000000000000xa')).toThrow(RangeError);
  });
});
