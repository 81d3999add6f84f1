import { summaryCard, summaryText } from '../../shared/cards/summary-card.ts';
import type { Team } from '../../shared/domain/team.ts';
import { localeFor } from '../../shared/rules/locale-for.ts';
import { summaryFigures } from '../../shared/rules/accountability/summary-figures.ts';
import { summaryPosts } from '../../shared/store/summary-post-repository.ts';
import type { TeamScope } from '../../shared/store/team-scope.ts';
import type { BotDeps } from '../handlers/bot-deps.ts';
import type { BotReply } from '../handlers/bot-reply.ts';
import type { JobHandler } from './job-handler.ts';
import { loadTeamData, SUMMARY_LOOKBACK_WEEKS } from './team-data-loader.ts';

/** The week's summary card as it stands now. */
export async function summaryReply(
  deps: Pick<BotDeps, 'repos'>,
  scope: TeamScope,
  team: Team,
  week: string,
  now: Date,
): Promise<BotReply> {
  const data = await loadTeamData(deps.repos, scope, team, week, {
    weeks: SUMMARY_LOOKBACK_WEEKS,
    timeline: false,
  });
  const figures = summaryFigures(data, week, now);
  // A channel post: in the team's language, not any one reader's.
  const locale = localeFor(undefined, team);
  return { kind: 'card', card: summaryCard(figures, locale), summary: summaryText(figures, locale) };
}

/**
 * The channel summary at the close of the week's window, posted to the team's channel. Once Teams took
 * it, where it was posted is recorded so late answers update that same card.
 */
export const summaryJob: JobHandler<'summary'> = async (deps, job, now) => {
  const scope = { tenantId: job.tenantId, teamId: job.teamId };
  const team = (await deps.repos.teams.get(scope))?.value;
  if (!team || !team.active) return { kind: 'skip', reason: 'the team removed Cadence' };
  if (!team.conversation) return { kind: 'skip', reason: 'no channel to post in' };
  const { conversationId, serviceUrl } = team.conversation;
  return {
    kind: 'send',
    destination: { kind: 'conversation', address: { tenantId: job.tenantId, serviceUrl, conversationId } },
    reply: await summaryReply(deps, scope, team, job.week, now),
    async sent(message) {
      await summaryPosts(deps.repos.idempotency).record(scope, job.week, message);
    },
  };
};
