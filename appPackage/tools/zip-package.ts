import { zipSync } from 'fflate';

/** A fixed timestamp, so the same inputs give the same zip bytes. */
const ENTRY_TIME = new Date('2020-01-01T00:00:00Z');

/** The zip Teams uploads: the files at its root, in the given order. */
export function zipPackage(entries: ReadonlyMap<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(entries), { level: 9, mtime: ENTRY_TIME });
}
