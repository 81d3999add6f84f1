import type { Response } from 'express';
import type { Stored } from '../../shared/store/stored.ts';

/** Sends one stored item with its ETag as a header and inside the body, for lists and single reads alike. */
export function sendStored<T extends object>(res: Response, stored: Stored<T>, status = 200): void {
  res.status(status).setHeader('ETag', stored.etag).json(versioned(stored));
}

export function versioned<T extends object>(stored: Stored<T>): T & { etag: string } {
  return { ...stored.value, etag: stored.etag };
}
