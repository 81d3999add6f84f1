import type { TableEntityResult } from '@azure/data-tables';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EntityLimitError } from '../../../shared/store/entity-limits.ts';
import { CorruptEntityError, fromJsonEntity, toJsonEntity } from '../../../shared/store/json-entity.ts';

const TaskSchema = z.object({ title: z.string(), done: z.boolean() });

const read = (entity: object, etag = 'W/"1"') =>
  ({ ...entity, etag }) as TableEntityResult<Record<string, unknown>>;

describe('toJsonEntity and fromJsonEntity', () => {
  it('round-trips a value and keeps defined columns only', () => {
    const due = new Date('2026-01-05T00:00:00Z');
    const entity = toJsonEntity(
      'team',
      'task-1',
      { title: 'Ship', done: false },
      { due, status: 'doing', owner: undefined },
    );
    expect(entity).toEqual({
      partitionKey: 'team',
      rowKey: 'task-1',
      json: '{"title":"Ship","done":false}',
      due,
      status: 'doing',
    });
    expect(fromJsonEntity(read(entity, 'W/"7"'), TaskSchema)).toEqual({
      value: { title: 'Ship', done: false },
      etag: 'W/"7"',
    });
  });

  it('validates limits before anything is written', () => {
    expect(() => toJsonEntity('team', 'a/b', {})).toThrow(EntityLimitError);
    expect(() => toJsonEntity('team', 'big', { text: 'x'.repeat(40_000) })).toThrow(/^json is \d+ bytes/);
  });

  it('refuses reserved column names and values JSON cannot hold', () => {
    expect(() => toJsonEntity('team', 'r', {}, { json: 'x' })).toThrow(
      'json cannot be used as a column name',
    );
    expect(() => toJsonEntity('team', 'r', {}, { rowKey: 'x' })).toThrow(TypeError);
    expect(() => toJsonEntity('team', 'r', undefined)).toThrow(TypeError);
  });

  it('reports stored data that is missing, not JSON or off-schema', () => {
    const base = { partitionKey: 'team', rowKey: 'task-1' };
    expect(() => fromJsonEntity(read(base), TaskSchema)).toThrow(CorruptEntityError);
    expect(() => fromJsonEntity(read({ ...base, json: '{' }), TaskSchema)).toThrow(
      'its json property is not JSON',
    );
    expect(() => fromJsonEntity(read({ ...base, json: '{"title":1}' }), TaskSchema)).toThrow(
      'The entity team/task-1 cannot be read: its json does not match the schema',
    );
  });
});
