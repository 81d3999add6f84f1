import { z } from 'zod';
import { TeamIdSchema, TenantIdSchema, UserIdSchema } from '../../shared/domain/ids.ts';
import { WeekKeySchema } from '../../shared/domain/week-key.ts';

const scope = { tenantId: TenantIdSchema, teamId: TeamIdSchema, week: WeekKeySchema };

/**
 * One unit of the weekly fan-out, as it travels through the queue: a member's check-in card, their
 * reminder, the team's channel summary, or a leader's digest. Parsed on the way out of the queue.
 */
export const CadenceJobSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('checkin'), ...scope, userId: UserIdSchema }),
  z.object({ kind: z.literal('reminder'), ...scope, userId: UserIdSchema }),
  z.object({ kind: z.literal('summary'), ...scope }),
  z.object({ kind: z.literal('digest'), ...scope, userId: UserIdSchema }),
]);

export type CadenceJob = z.infer<typeof CadenceJobSchema>;
export type CadenceJobKind = CadenceJob['kind'];

/**
 * The job's idempotency key within its team: (week, kind, member). No two sends ever share a key, and a
 * key is sent at most once (see the delivery ledger).
 */
export function jobKey(job: CadenceJob): string {
  return `${job.week}|${job.kind}|${'userId' in job ? job.userId : 'team'}`;
}
