import { describe, expect, it } from 'vitest';
import {
  assertEntityWithinLimits,
  ENTITY_LIMITS,
  EntityLimitError,
  entitySizeBytes,
  keyPart,
} from '../../../shared/store/entity-limits.ts';

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof EntityLimitError) return error.field;
    throw error;
  }
  return undefined;
}

const keys = { partitionKey: 'team', rowKey: 'row' };

describe('keyPart', () => {
  it('returns a valid key part unchanged', () => {
    expect(keyPart('19:abc@thread.tacv2', 'teamId')).toBe('19:abc@thread.tacv2');
    expect(keyPart('x'.repeat(512), 'teamId')).toHaveLength(512);
  });

  it.each(['a/b', 'a\\b', 'a#b', 'a?b', 'a\u0000b', 'a\nb', 'a\u007fb', 'a\u009fb'])(
    'refuses %j, naming the field',
    (value) => {
      expect(() => keyPart(value, 'teamId')).toThrow(/^teamId contains a character/);
      expect(fieldOf(() => keyPart(value, 'teamId'))).toBe('teamId');
    },
  );

  it('refuses empty and over-long parts', () => {
    expect(fieldOf(() => keyPart('', 'goalId'))).toBe('goalId');
    expect(() => keyPart('x'.repeat(513), 'goalId')).toThrow('goalId is longer than 512 characters (1 KiB)');
  });
});

describe('assertEntityWithinLimits', () => {
  it('checks PartitionKey and RowKey', () => {
    expect(fieldOf(() => assertEntityWithinLimits({ ...keys, partitionKey: 'a#b' }))).toBe('partitionKey');
    expect(fieldOf(() => assertEntityWithinLimits({ ...keys, rowKey: 'x'.repeat(513) }))).toBe('rowKey');
    expect(
      fieldOf(() => assertEntityWithinLimits({ partitionKey: 'x'.repeat(512), rowKey: 'y'.repeat(512) })),
    ).toBe(undefined);
  });

  it('allows 252 custom properties and refuses 253', () => {
    const properties = (count: number) =>
      Object.fromEntries(Array.from({ length: count }, (_, i) => [`p${i}`, i]));
    expect(fieldOf(() => assertEntityWithinLimits({ ...keys, ...properties(252), etag: 'W/"x"' }))).toBe(
      undefined,
    );
    expect(() => assertEntityWithinLimits({ ...keys, ...properties(253) })).toThrow(
      'properties has 253 custom properties; at most 252 are allowed',
    );
  });

  it('does not count undefined properties', () => {
    const properties = Object.fromEntries(Array.from({ length: 252 }, (_, i) => [`p${i}`, i]));
    expect(fieldOf(() => assertEntityWithinLimits({ ...keys, ...properties, extra: undefined }))).toBe(
      undefined,
    );
  });

  it('allows a 64 KiB string and refuses one code unit more, naming the property', () => {
    const limit = ENTITY_LIMITS.maxStringChars;
    expect(fieldOf(() => assertEntityWithinLimits({ ...keys, notes: 'x'.repeat(limit) }))).toBe(undefined);
    expect(fieldOf(() => assertEntityWithinLimits({ ...keys, notes: 'x'.repeat(limit + 1) }))).toBe('notes');
    // Non-BMP characters are two UTF-16 code units each.
    expect(fieldOf(() => assertEntityWithinLimits({ ...keys, notes: '😀'.repeat(limit / 2 + 1) }))).toBe(
      'notes',
    );
  });

  it('allows 64 KiB of binary and refuses a byte more', () => {
    const limit = ENTITY_LIMITS.maxBinaryBytes;
    expect(fieldOf(() => assertEntityWithinLimits({ ...keys, blob: new Uint8Array(limit) }))).toBe(undefined);
    expect(fieldOf(() => assertEntityWithinLimits({ ...keys, blob: new Uint8Array(limit + 1) }))).toBe(
      'blob',
    );
    const base64 = Buffer.alloc(limit + 1).toString('base64');
    expect(
      fieldOf(() => assertEntityWithinLimits({ ...keys, blob: { type: 'Binary', value: base64 } })),
    ).toBe('blob');
  });

  it('allows an entity of exactly 1 MiB by the size formula and refuses 2 bytes more', () => {
    const fixed = 4 + keys.partitionKey.length * 2 + keys.rowKey.length * 2 + 2;
    const perString = (name: string, chars: number) => 8 + name.length * 2 + 4 + chars * 2;
    const full = Object.fromEntries(
      Array.from({ length: 15 }, (_, i) => [`s${String(i).padStart(2, '0')}`, 32_768]),
    );
    let used = fixed + Object.entries(full).reduce((sum, [name, chars]) => sum + perString(name, chars), 0);
    const restChars = (ENTITY_LIMITS.maxEntityBytes - used - perString('rest', 0)) / 2;
    used += perString('rest', restChars);
    expect(used).toBe(ENTITY_LIMITS.maxEntityBytes);

    const entity = {
      ...keys,
      ...Object.fromEntries(Object.entries(full).map(([name, chars]) => [name, 'x'.repeat(chars)])),
      rest: 'x'.repeat(restChars),
    };
    expect(entitySizeBytes(entity)).toBe(ENTITY_LIMITS.maxEntityBytes);
    expect(fieldOf(() => assertEntityWithinLimits(entity))).toBe(undefined);
    expect(() => assertEntityWithinLimits({ ...entity, rest: `${entity.rest}x` })).toThrow(
      'entity is 1048578 bytes; at most 1048576 are allowed',
    );
  });

  it('sizes each type by the documented formula', () => {
    const base = 4 + 4 * 2 + 3 * 2 + 2;
    const property = (name: string, value: number) => 8 + name.length * 2 + value;
    expect(entitySizeBytes({ ...keys })).toBe(base);
    expect(
      entitySizeBytes({
        ...keys,
        s: 'abc',
        n: 1.5,
        b: true,
        d: new Date(0),
        i: { type: 'Int32', value: '1' },
        g: { type: 'Guid', value: '00000000-0000-0000-0000-000000000000' },
        bin: new Uint8Array(10),
        nothing: null,
        skipped: undefined,
        timestamp: new Date(0),
      }),
    ).toBe(
      base +
        property('s', 4 + 6) +
        property('n', 8) +
        property('b', 1) +
        property('d', 8) +
        property('i', 4) +
        property('g', 16) +
        property('bin', 4 + 10) +
        property('nothing', 0),
    );
  });

  it('refuses values Table Storage cannot store', () => {
    expect(fieldOf(() => assertEntityWithinLimits({ ...keys, tags: ['a'] }))).toBe('tags');
    expect(fieldOf(() => assertEntityWithinLimits({ ...keys, nested: { a: 1 } }))).toBe('nested');
  });

  it('refuses property names over 255 characters', () => {
    expect(fieldOf(() => assertEntityWithinLimits({ ...keys, ['n'.repeat(256)]: 1 }))).toBe('n'.repeat(256));
  });
});
