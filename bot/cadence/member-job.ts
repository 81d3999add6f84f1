import { isPausedOn } from '../../shared/domain/pause.ts';
import { isLeader } from '../../shared/domain/team.ts';
import { checkInTimeZone, windowForWeek, type CheckInWindow } from '../../shared/rules/check-in-window.ts';
import { localDate } from '../../shared/rules/week.ts';
import type { BotDeps } from '../handlers/bot-deps.ts';
import type { PersonAddress } from '../handlers/outbound.ts';
import type { TeamAccess } from '../services/service-context.ts';
import type { JobPlan } from './job-handler.ts';
import type { CadenceJob } from './jobs.ts';

export interface MemberJobTarget {
  /** The member's own access to the team, as if they acted (their check-in is theirs alone). */
  access: TeamAccess;
  window: CheckInWindow;
  address: PersonAddress;
}

/**
 * Whether a member's job (check-in, reminder) is still worth sending when a worker runs it, read fresh
 * from storage (the job may have waited in the queue): the team is active and reachable, the member is
 * still on it, has a Teams id, is not paused on their local date, and the week's window is open.
 */
export async function memberJobTarget(
  deps: BotDeps,
  job: Extract<CadenceJob, { kind: 'checkin' | 'reminder' }>,
  now: Date,
): Promise<MemberJobTarget | Extract<JobPlan, { kind: 'skip' }>> {
  const scope = { tenantId: job.tenantId, teamId: job.teamId };
  const [team, member] = await Promise.all([
    deps.repos.teams.get(scope),
    deps.repos.members.get(scope, job.userId),
  ]);
  if (!team?.value.active) return { kind: 'skip', reason: 'the team is inactive or removed' };
  const { conversation } = team.value;
  if (!conversation) return { kind: 'skip', reason: 'the team has no stored conversation' };
  if (!member?.value.active) return { kind: 'skip', reason: 'the member left the team' };
  const { teamsUserId } = member.value;
  if (!teamsUserId) return { kind: 'skip', reason: 'the member has no Teams user id yet' };
  const timeZone = checkInTimeZone(member.value, team.value);
  if (isPausedOn(member.value, localDate(now, timeZone)))
    return { kind: 'skip', reason: 'the member is paused' };
  const window = windowForWeek(job.week, now, team.value.settings.checkIn, timeZone);
  if (window.state !== 'open') return { kind: 'skip', reason: `the check-in window is ${window.state}` };
  return {
    access: {
      scope,
      userId: job.userId,
      team: team.value,
      member: member.value,
      isLeader: isLeader(team.value, job.userId),
    },
    window,
    address: { tenantId: job.tenantId, serviceUrl: conversation.serviceUrl, teamsUserId },
  };
}
