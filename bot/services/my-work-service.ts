import {
  MY_WORK_RECENT_WEEKS,
  type MyCheckInNow,
  type MyCheckInWeek,
  type MyTask,
  type MyTeamWork,
  type MyWorkResponse,
} from '../../shared/api/my-work.ts';
import type { CheckIn } from '../../shared/domain/check-in.ts';
import type { Member } from '../../shared/domain/member.ts';
import { isPausedOn } from '../../shared/domain/pause.ts';
import type { Team } from '../../shared/domain/team.ts';
import { isOverdue } from '../../shared/rules/board-view.ts';
import {
  checkInTimeZone,
  checkInWindowAt,
  windowForWeek,
  type CheckInWindow,
} from '../../shared/rules/check-in-window.ts';
import { addWeeks, localDate } from '../../shared/rules/week.ts';
import type { Repositories } from '../../shared/store/repositories.ts';
import type { TeamScope } from '../../shared/store/team-scope.ts';
import type { TabLinks } from '../handlers/tab-links.ts';

export interface MyWorkDeps {
  repos: Repositories;
  now: () => Date;
  links: TabLinks;
}

/** The signed-in person, from the token (never from the client). */
export interface MyWorkCaller {
  tenantId: string;
  userId: string;
}

/**
 * The caller's open tasks and check-ins on every active team whose roster lists them: one key-range scan
 * for their memberships, then per team the team (cached point read), the board (one partition query,
 * shared with the board's cache) and point reads of the check-in weeks shown.
 */
export async function myWork(deps: MyWorkDeps, caller: MyWorkCaller): Promise<MyWorkResponse> {
  const memberships = await deps.repos.members.teamsOf(caller.tenantId, caller.userId);
  const teams = await Promise.all(memberships.map((member) => teamWork(deps, member)));
  return {
    teams: teams
      .filter((team): team is MyTeamWork => team !== undefined)
      .sort((a, b) => a.teamName.localeCompare(b.teamName) || a.teamId.localeCompare(b.teamId)),
  };
}

async function teamWork(deps: MyWorkDeps, member: Member): Promise<MyTeamWork | undefined> {
  const scope: TeamScope = { tenantId: member.tenantId, teamId: member.teamId };
  const stored = await deps.repos.teams.getCached(scope);
  if (!stored || !stored.value.active) return undefined;
  const team = stored.value;
  const now = deps.now();
  const timeZone = checkInTimeZone(member, team);
  const current = checkInWindowAt(now, team.settings.checkIn, timeZone);
  const recentWeeks = pastCheckInWeeks(current.week, team, member, now, timeZone);
  const [board, currentAnswer, ...recentAnswers] = await Promise.all([
    deps.repos.readBoard(scope),
    deps.repos.checkIns.get(scope, current.week, member.userId),
    ...recentWeeks.map((week) => deps.repos.checkIns.get(scope, week, member.userId)),
  ]);
  const today = localDate(now, timeZone);
  const goalTitles = new Map(board.goals.map(({ value }) => [value.id, value.statement]));
  const tasks: MyTask[] = [];
  for (const { value: task } of board.tasks) {
    if (task.assigneeId !== member.userId || task.status === 'done') continue;
    const link = taskLink(deps.links, team, task.id);
    const goalTitle = task.goalId === undefined ? undefined : goalTitles.get(task.goalId);
    tasks.push({
      id: task.id,
      title: task.title,
      status: task.status,
      ...(task.dueDate === undefined ? {} : { dueDate: task.dueDate }),
      overdue: isOverdue(task, today),
      ...(goalTitle === undefined ? {} : { goalTitle }),
      ...(link === undefined ? {} : { link }),
    });
  }
  tasks.sort(byDueDate);
  const recent: MyCheckInWeek[] = recentWeeks.map((week, index) => {
    const answer = recentAnswers[index]?.value;
    return answer ? { week, answered: true, confidence: answer.confidence } : { week, answered: false };
  });
  return {
    teamId: team.teamId,
    teamName: team.name,
    tasks,
    checkIn: {
      now: checkInNow(current, currentAnswer?.value, member, today),
      timeZone,
      recent,
    },
  };
}

function checkInNow(
  window: CheckInWindow,
  answer: CheckIn | undefined,
  member: Member,
  today: string,
): MyCheckInNow {
  if (answer) {
    return {
      state: 'answered',
      week: window.week,
      confidence: answer.confidence,
      ...(window.state === 'open' ? { editableUntil: window.closesAt.toISOString() } : {}),
    };
  }
  if (member.pausedUntil !== undefined && isPausedOn(member, today)) {
    return { state: 'paused', pausedUntil: member.pausedUntil };
  }
  if (window.state === 'open')
    return { state: 'open', week: window.week, closesAt: window.closesAt.toISOString() };
  return { state: 'upcoming', opensAt: window.nextOpensAt.toISOString() };
}

/** The team's check-in weeks before `week`, newest first, leaving out those that closed before the member joined. */
function pastCheckInWeeks(week: string, team: Team, member: Member, now: Date, timeZone: string): string[] {
  const step = team.settings.checkIn.frequency === 'biweekly' ? 2 : 1;
  const joined = Date.parse(member.joinedAt);
  const weeks: string[] = [];
  for (let k = 1; k <= MY_WORK_RECENT_WEEKS; k += 1) {
    const past = addWeeks(week, -k * step);
    if (windowForWeek(past, now, team.settings.checkIn, timeZone).closesAt.getTime() < joined) break;
    weeks.push(past);
  }
  return weeks;
}

/**
 * A Teams deep link opens a channel tab only with the channel's id; without it the task is shown, not
 * linked. Local links (no Teams app id) always work.
 */
function taskLink(links: TabLinks, team: Team, taskId: string): string | undefined {
  const url = links.to(team, { kind: 'task', taskId });
  const teamsLink = url.startsWith('https://teams.microsoft.com/');
  return teamsLink && !team.conversation?.channelId ? undefined : url;
}

function byDueDate(a: MyTask, b: MyTask): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === undefined) return 1;
    if (b.dueDate === undefined) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return a.title.localeCompare(b.title);
}
