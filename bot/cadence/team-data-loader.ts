import type { Team } from '../../shared/domain/team.ts';
import { weeksEndingAt } from '../../shared/rules/accountability/confidence-trend.ts';
import type { TeamData } from '../../shared/rules/accountability/team-data.ts';
import type { Repositories } from '../../shared/store/repositories.ts';
import type { TeamScope } from '../../shared/store/team-scope.ts';

/** Weeks of check-ins read for a summary: blocker runs and the confidence trend look this far back. */
export const SUMMARY_LOOKBACK_WEEKS = 8;

/**
 * A team's state for the accountability figures: the board (one partition query), the check-ins of the
 * `weeks` ending at `week` (one range query each), and the timeline when `timeline` is asked for.
 */
export async function loadTeamData(
  repos: Repositories,
  scope: TeamScope,
  team: Team,
  week: string,
  options: { weeks: number; timeline: boolean },
): Promise<TeamData> {
  const [board, checkIns, feedback, recognition] = await Promise.all([
    repos.readBoard(scope),
    Promise.all(weeksEndingAt(week, options.weeks).map((w) => repos.checkIns.listWeek(scope, w))),
    options.timeline ? repos.feedback.listAll(scope) : Promise.resolve([]),
    options.timeline ? repos.recognition.listAll(scope) : Promise.resolve([]),
  ]);
  return {
    team,
    members: board.members.map((s) => s.value),
    goals: board.goals.map((s) => s.value),
    tasks: board.tasks.map((s) => s.value),
    checkIns: checkIns.flat().map((s) => s.value),
    feedback: feedback.map((s) => s.value),
    recognition: recognition.map((s) => s.value),
  };
}
