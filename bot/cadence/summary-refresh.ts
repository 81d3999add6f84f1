import { summaryPosts } from '../../shared/store/summary-post-repository.ts';
import type { TeamScope } from '../../shared/store/team-scope.ts';
import type { BotDeps } from '../handlers/bot-deps.ts';
import { summaryReply } from './summary-job.ts';

/**
 * After a late answer: when the week's summary is already in the channel, rebuild it and update that
 * same card in place (no second post). Returns whether a card was updated.
 */
export async function refreshSummary(deps: BotDeps, scope: TeamScope, week: string): Promise<boolean> {
  const post = await summaryPosts(deps.repos.idempotency).get(scope, week);
  if (!post) return false;
  const team = (await deps.repos.teams.get(scope))?.value;
  if (!team?.active) return false;
  await deps.outbound.update(scope.tenantId, post, await summaryReply(deps, scope, team, week, deps.now()));
  return true;
}

/** `refreshSummary` for the check-in path: a failure is logged, never passed on to the member's answer. */
export async function refreshSummaryQuietly(deps: BotDeps, scope: TeamScope, week: string): Promise<void> {
  try {
    await refreshSummary(deps, scope, week);
  } catch (error) {
    deps.logger.warn({ err: error, ...scope, week }, 'summary refresh failed');
  }
}
