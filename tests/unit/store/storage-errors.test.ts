import { RestError } from '@azure/data-tables';
import { describe, expect, it } from 'vitest';
import {
  httpStatusOf,
  isConflict,
  isNotFound,
  isPreconditionFailed,
  storageErrorCodeOf,
} from '../../../shared/store/storage-errors.ts';

describe('storage errors', () => {
  it('classifies by statusCode, as Azurite leaves code undefined', () => {
    const stale = Object.assign(new RestError('stale', { statusCode: 412 }), {
      details: { errorCode: 'UpdateConditionNotSatisfied' },
    });
    expect(httpStatusOf(stale)).toBe(412);
    expect(isPreconditionFailed(stale)).toBe(true);
    expect(storageErrorCodeOf(stale)).toBe('UpdateConditionNotSatisfied');
    expect(isConflict(new RestError('dup', { statusCode: 409 }))).toBe(true);
    expect(isNotFound({ statusCode: 404 })).toBe(true);
  });

  it('answers undefined or false for anything else', () => {
    for (const value of [undefined, null, 'x', 412, new Error('x'), { statusCode: '412' }]) {
      expect(httpStatusOf(value)).toBeUndefined();
      expect(isPreconditionFailed(value)).toBe(false);
      expect(storageErrorCodeOf(value)).toBeUndefined();
    }
  });
});
