import { StaleVersionError } from '../../shared/store/record-errors.ts';
import type { Stored } from '../../shared/store/stored.ts';

/** `*` means "apply my changes to whatever is stored now": a field-level merge with ETag retries. */
export type IfMatch = string | '*';

/**
 * An `If-Match` ETag that differs from the one just read can only fail at the store: answer 412 with the
 * stored version now, instead of a doomed write and a re-read. Under contention that is most requests.
 */
export function assertVersion<T>(what: string, stored: Stored<T>, ifMatch: IfMatch): void {
  if (ifMatch !== '*' && ifMatch !== stored.etag) throw new StaleVersionError(what, stored);
}
