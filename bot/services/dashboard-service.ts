import type { DashboardResponse } from '../../shared/api/dashboard.ts';
import { dashboardFigures } from '../../shared/rules/accountability/dashboard-figures.ts';
import { isoWeekKey } from '../../shared/rules/week.ts';
import { loadTeamData } from '../cadence/team-data-loader.ts';
import { ForbiddenError } from './service-errors.ts';
import type { ServiceContext } from './service-context.ts';

/** Extra weeks of check-ins read before the first week shown, so a recurring blocker's run is whole. */
const RECURRING_LOOKBACK_WEEKS = 4;

/** The leader dashboard: the accountability figures over the last `weeks` weeks. Leaders only. */
export async function teamDashboard(ctx: ServiceContext, weeks: number): Promise<DashboardResponse> {
  const { access } = ctx;
  if (!access.isLeader) throw new ForbiddenError('Only the team’s leaders see the dashboard');
  const now = ctx.now();
  const week = isoWeekKey(now, access.team.settings.timeZone);
  const data = await loadTeamData(ctx.repos, access.scope, access.team, week, {
    weeks: weeks + RECURRING_LOOKBACK_WEEKS,
    timeline: true,
  });
  return dashboardFigures(data, weeks, now);
}
