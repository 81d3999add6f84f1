/** Everything Cadence stores belongs to one team of one tenant: the partition. */
export interface TeamScope {
  tenantId: string;
  teamId: string;
}

/** `|` never occurs in tenant or team ids (the domain schemas refuse it), so the key is unambiguous. */
export function teamPartitionKey(scope: TeamScope): string {
  return `${scope.tenantId}|${scope.teamId}`;
}
