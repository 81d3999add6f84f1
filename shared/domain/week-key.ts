import { z } from 'zod';
import { isWeekKey } from '../rules/week.ts';

/** An ISO week that exists, `2026-W05`: the key of a check-in. (`2025-W53` does not exist.) */
export const WeekKeySchema = z
  .string()
  .regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/, 'must be an ISO week such as 2026-W05')
  .refine(isWeekKey, 'is not a week of that year');

export type WeekKey = z.infer<typeof WeekKeySchema>;
