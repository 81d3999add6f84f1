import type { WorkLink } from '../domain/work-link.ts';

/** Queryable columns for the work an item is about, so "everything about task X" is a filter. */
export function linkColumns(link: WorkLink | undefined): { linkKind?: string; linkId?: string } {
  return link ? { linkKind: link.kind, linkId: link.id } : {};
}
