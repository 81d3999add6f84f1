import { z } from 'zod';
import type { IdempotencyRepository } from './idempotency-repository.ts';
import type { TeamScope } from './team-scope.ts';

/** Where a week's channel summary was posted: enough to update it in place. */
export const SummaryPostSchema = z.object({
  serviceUrl: z.string().min(1),
  conversationId: z.string().min(1),
  activityId: z.string().min(1),
});

export type SummaryPost = z.infer<typeof SummaryPostSchema>;

const marker = (week: string) => ({ operation: 'summaryPost' as const, actorId: 'team', key: week });

/**
 * The team's summary post per week, kept as an insert-if-absent marker: the first post recorded wins,
 * so late answers always update that one card.
 */
export function summaryPosts(idempotency: IdempotencyRepository) {
  return {
    async record(scope: TeamScope, week: string, post: SummaryPost): Promise<SummaryPost> {
      return (await idempotency.claim(scope, marker(week), post, SummaryPostSchema)).outcome;
    },
    get(scope: TeamScope, week: string): Promise<SummaryPost | undefined> {
      return idempotency.get(scope, marker(week), SummaryPostSchema);
    },
  };
}
