import { newestFirstKey } from './inverted-time.ts';

/**
 * Ids of timeline items (feedback, recognition) start with a newest-first key of their creation time,
 * so the id is the RowKey and a partition scan lists the newest first.
 */
export function newTimelineId(createdAt: Date): string {
  return newestFirstKey(createdAt, crypto.randomUUID().slice(0, 8));
}
