import { digestCard, digestText } from '../../shared/cards/digest-card.ts';
import { isLeader } from '../../shared/domain/team.ts';
import { localeFor } from '../../shared/rules/locale-for.ts';
import { digestFigures } from '../../shared/rules/accountability/digest-figures.ts';
import type { JobHandler } from './job-handler.ts';
import { loadTeamData } from './team-data-loader.ts';

/** The digest reads one week of answers; gaps and suggestions come from the board and the timeline. */
const DIGEST_WEEKS = 1;

/** A leader's weekly accountability digest, 1:1. Skipped for someone who no longer leads the team. */
export const digestJob: JobHandler<'digest'> = async (deps, job, now) => {
  const scope = { tenantId: job.tenantId, teamId: job.teamId };
  const team = (await deps.repos.teams.get(scope))?.value;
  if (!team || !team.active) return { kind: 'skip', reason: 'the team removed Cadence' };
  if (!team.conversation) return { kind: 'skip', reason: 'no service address for the team' };
  if (!isLeader(team, job.userId)) return { kind: 'skip', reason: 'no longer a leader' };
  const data = await loadTeamData(deps.repos, scope, team, job.week, { weeks: DIGEST_WEEKS, timeline: true });
  const leader = data.members.find((m) => m.userId === job.userId);
  if (!leader?.active || !leader.teamsUserId) return { kind: 'skip', reason: 'the leader left the team' };
  const figures = digestFigures(data, job.week, now);
  const locale = localeFor(leader, team);
  return {
    kind: 'send',
    destination: {
      kind: 'person',
      address: {
        tenantId: job.tenantId,
        serviceUrl: team.conversation.serviceUrl,
        teamsUserId: leader.teamsUserId,
      },
    },
    reply: { kind: 'card', card: digestCard(figures, locale), summary: digestText(figures, locale) },
  };
};
