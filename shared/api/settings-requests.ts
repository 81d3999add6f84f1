import { z } from 'zod';
import { EntityIdSchema, UserIdSchema } from '../domain/ids.ts';
import { LIMITS } from '../domain/limits.ts';
import type { Member } from '../domain/member.ts';
import { IsoWeekdaySchema, type TeamSettings } from '../domain/team.ts';
import { requiredText, text } from '../domain/text.ts';
import { IanaTimeZoneSchema, LocalTimeSchema } from '../domain/time.ts';
import { WeekKeySchema } from '../domain/week-key.ts';

const CheckInScheduleRequestSchema = z.strictObject({
  frequency: z.enum(['weekly', 'biweekly']),
  /** Biweekly only: a week with a check-in. Absent: the stored rhythm, or one starting with the next send. */
  anchorWeek: WeekKeySchema.optional(),
  weekday: IsoWeekdaySchema,
  localTime: LocalTimeSchema,
  windowHours: z.number().int().min(1).max(168),
  reminderAtPercent: z.number().int().min(10).max(95),
});

/** A question without an id is new; one with an id keeps it (answers refer to it), so ids must be known. */
const QuestionRequestSchema = z.strictObject({
  id: EntityIdSchema.optional(),
  text: requiredText(LIMITS.shortText),
});

const ValueRequestSchema = z.strictObject({
  id: EntityIdSchema.optional(),
  name: requiredText(LIMITS.name),
  emoji: requiredText(16),
  description: text(LIMITS.shortText).default(''),
});

/** The team's settings as a whole (PUT): the order of questions and values is the order they show in. */
export const UpdateSettingsRequestSchema = z.strictObject({
  settings: z.strictObject({
    timeZone: IanaTimeZoneSchema,
    checkIn: CheckInScheduleRequestSchema,
    questions: z
      .array(QuestionRequestSchema)
      .max(LIMITS.questionsPerTeam, `must have at most ${LIMITS.questionsPerTeam} questions`),
    values: z
      .array(ValueRequestSchema)
      .max(LIMITS.valuesPerTeam, `must have at most ${LIMITS.valuesPerTeam} values`),
    leaders: z
      .array(UserIdSchema)
      .min(1, 'a team needs at least one leader')
      .max(LIMITS.leadersPerTeam, `must have at most ${LIMITS.leadersPerTeam} leaders`)
      .transform((ids) => [...new Set(ids)]),
    wipLimit: z.number().int().min(1).max(50),
    /** Absent: unchanged (the tab does not edit these yet). */
    blockedAlertDays: z.number().int().min(1).max(60).optional(),
    staleDoingDays: z.number().int().min(1).max(90).optional(),
  }),
});

export type UpdateSettingsRequest = z.input<typeof UpdateSettingsRequestSchema>;
export type UpdateSettingsCommand = z.output<typeof UpdateSettingsRequestSchema>;

/** Who may be picked as a leader: the active roster. */
export type SettingsRosterEntry = Pick<Member, 'userId' | 'name' | 'timeZone'>;

/** GET and PUT `/settings`: versioned with the team's ETag (send it back as `If-Match`). */
export interface SettingsResponse {
  teamName: string;
  settings: TeamSettings;
  roster: SettingsRosterEntry[];
  /** True for leaders: only they may change the settings. */
  canEdit: boolean;
  etag: string;
}
