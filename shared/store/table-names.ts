/** The tables Cadence uses; the partition is always the team (see team-scope.ts), except `teams`. */
export const TABLES = {
  /** PartitionKey tenantId, RowKey teamId: one row per installed team. */
  teams: 'teams',
  /** One partition per team holding members, goals and tasks: the board is one partition query. */
  board: 'board',
  /** RowKey `{week}|{userId}`: a week's answers are one range query. */
  checkIns: 'checkins',
  /** Feedback and recognition, RowKey newest-first (log tail): history is one partition query. */
  timeline: 'timeline',
  /** Insert-if-absent markers: "this was done already". */
  idempotency: 'idempotency',
  /** PartitionKey conversation id, RowKey activity id: each inbound activity is handled once. */
  activities: 'activities',
  /** PartitionKey team, RowKey the job key: each fan-out job is sent at most once (delivery-ledger.ts). */
  deliveries: 'deliveries',
  /** PartitionKey team, RowKey the job key: fan-out jobs given up on, with the reason, for a human. */
  deadLetters: 'deadletters',
  /** PartitionKey tenant, RowKey Teams user id: the bot's 1:1 chat with each person, opened once. */
  personalConversations: 'personalconversations',
} as const;

export type TableName = (typeof TABLES)[keyof typeof TABLES];
