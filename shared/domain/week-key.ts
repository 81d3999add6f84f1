import { z } from 'zod';

/** An ISO week, `2026-W05`: the key of a check-in. */
export const WeekKeySchema = z
  .string()
  .regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/, 'must be an ISO week such as 2026-W05');

export type WeekKey = z.infer<typeof WeekKeySchema>;
