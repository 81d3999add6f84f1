import type { Team } from '../../shared/domain/team.ts';
import { dueSends, openWeeks } from '../../shared/rules/due-sends.ts';
import type { Repositories } from '../../shared/store/repositories.ts';
import { CadenceJobSchema, type CadenceJob } from './jobs.ts';

/**
 * The jobs of one team due at `now`, read from storage: the roster, and the week's answers only when a
 * reminder is in question (most ticks of a window need no check-in read at all).
 */
export async function dueJobsOf(repos: Repositories, team: Team, now: Date): Promise<CadenceJob[]> {
  const scope = { tenantId: team.tenantId, teamId: team.teamId };
  const members = (await repos.members.list(scope)).map((stored) => stored.value);
  let sends = dueSends({ team, members, answered: [], now });
  if (sends.some((send) => send.kind === 'reminder')) {
    const weeks = openWeeks(team, members, now);
    const answers = await Promise.all(weeks.map((week) => repos.checkIns.listWeek(scope, week)));
    const answered = answers.flat().map((stored) => stored.value);
    sends = dueSends({ team, members, answered, now });
  }
  return sends.map((send) => CadenceJobSchema.parse({ ...send, ...scope }));
}
