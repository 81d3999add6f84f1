/** Deterministic fake GUIDs for tests, in the style of ../shared/fixtures/teams-activities. */
export const TENANT_ID = '00000000-0000-4000-8000-000000000001';
export const OTHER_TENANT_ID = '00000000-0000-4000-8000-000000000002';

export function userGuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

let teamCounter = 0;
/** A unique Teams-style team id per call, so tests never share a partition. */
export function uniqueTeamId(): string {
  teamCounter += 1;
  return `19:test${process.pid}x${teamCounter}x${Math.random().toString(36).slice(2, 8)}@thread.tacv2`;
}
