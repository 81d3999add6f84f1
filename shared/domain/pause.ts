import type { Member } from './member.ts';

/** Check-ins pause until `pausedUntil` (inclusive). Free of zod, so the tab can use it. */
export function isPausedOn(member: Pick<Member, 'pausedUntil'>, date: string): boolean {
  return member.pausedUntil !== undefined && date <= member.pausedUntil;
}
