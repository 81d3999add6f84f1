import { keyPart } from './entity-limits.ts';

/**
 * Log-tail RowKeys: (MAX − epoch ms), zero-padded to a fixed width, sorts newest first in the ascending
 * order Table Storage returns. MAX is the largest JavaScript time, so every key stays a safe integer.
 */
const MAX_TIME_MS = 8_640_000_000_000_000;
const WIDTH = String(MAX_TIME_MS).length;
const SEPARATOR = '_';

/** The fixed-width inverted time alone: a RowKey bound for "newer than" range filters. */
export function invertedTime(date: Date): string {
  const ms = date.getTime();
  if (!Number.isInteger(ms) || ms < 0) throw new RangeError('The date must be valid and not before 1970');
  return String(MAX_TIME_MS - ms).padStart(WIDTH, '0');
}

/** A newest-first RowKey; `suffix` (for example an id) keeps keys with the same millisecond unique. */
export function newestFirstKey(date: Date, suffix: string): string {
  return `${invertedTime(date)}${SEPARATOR}${keyPart(suffix, 'suffix')}`;
}

/** The date a newestFirstKey (or an invertedTime) was made from. */
export function dateOfNewestFirstKey(key: string): Date {
  const digits = key.slice(0, WIDTH);
  if (!/^\d+$/.test(digits) || digits.length !== WIDTH || (key.length > WIDTH && key[WIDTH] !== SEPARATOR)) {
    throw new RangeError(`Not a newest-first key: ${key}`);
  }
  const inverted = Number(digits);
  if (inverted > MAX_TIME_MS) throw new RangeError(`Not a newest-first key: ${key}`);
  return new Date(MAX_TIME_MS - inverted);
}

/** The suffix a newestFirstKey was made with. */
export function suffixOfNewestFirstKey(key: string): string {
  dateOfNewestFirstKey(key);
  return key.slice(WIDTH + SEPARATOR.length);
}
