import { z } from 'zod';
import { MAX_DASHBOARD_WEEKS } from '../rules/accountability/dashboard-figures.ts';

export type { DashboardFigures as DashboardResponse } from '../rules/accountability/dashboard-figures.ts';

export const DASHBOARD_DEFAULT_WEEKS = 8;

/** `?weeks=8`: how many weeks, ending with this one, the dashboard covers. */
export const DashboardQuerySchema = z.strictObject({
  weeks: z
    .string()
    .regex(/^\d{1,2}$/, 'must be a whole number')
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, 'must be at least 1')
        .max(MAX_DASHBOARD_WEEKS, `must be at most ${MAX_DASHBOARD_WEEKS}`),
    )
    .default(DASHBOARD_DEFAULT_WEEKS),
});
