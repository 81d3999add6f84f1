import { z } from 'zod';
import { EntityIdSchema, TeamIdSchema, TenantIdSchema, UserIdSchema } from './ids.ts';
import { LIMITS } from './limits.ts';
import { LocaleTagSchema } from './locale-tag.ts';
import { optionalText, requiredText } from './text.ts';
import { IanaTimeZoneSchema, IsoDateTimeSchema, LocalTimeSchema } from './time.ts';
import { WeekKeySchema } from './week-key.ts';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const IsoWeekdaySchema = z.number().int().min(1).max(7);

export const CheckInScheduleSchema = z.object({
  /** How often a check-in is asked for: the team's choice, weekly by default. */
  frequency: z.enum(['weekly', 'biweekly']).default('weekly'),
  /** For biweekly teams: a week with a check-in, so the rhythm is the team's own. */
  anchorWeek: WeekKeySchema.optional(),
  weekday: IsoWeekdaySchema.default(1),
  /** Wall-clock time in each member's own time zone. */
  localTime: LocalTimeSchema.default('09:00'),
  /** How long an answer stays editable after the send. */
  windowHours: z.number().int().min(1).max(168).default(72),
  /** Non-responders get one reminder at this share of the window. */
  reminderAtPercent: z.number().int().min(10).max(95).default(80),
});

export const CustomQuestionSchema = z.object({
  id: EntityIdSchema,
  text: requiredText(LIMITS.shortText),
});

/** A team value, shown as the badge on recognition cards. */
export const TeamValueSchema = z.object({
  id: EntityIdSchema,
  name: requiredText(LIMITS.name),
  emoji: z.string().max(16).default('⭐'),
  description: optionalText(LIMITS.shortText),
});

export const TeamSettingsSchema = z.object({
  timeZone: IanaTimeZoneSchema.default('UTC'),
  checkIn: CheckInScheduleSchema.prefault({}),
  questions: z.array(CustomQuestionSchema).max(LIMITS.questionsPerTeam).default([]),
  values: z.array(TeamValueSchema).max(LIMITS.valuesPerTeam).default([]),
  leaders: z.array(UserIdSchema).min(1).max(LIMITS.leadersPerTeam),
  wipLimit: z.number().int().min(1).max(50).default(3),
  /** Days after which a blocked task counts as a bottleneck. */
  blockedAlertDays: z.number().int().min(1).max(60).default(2),
  /** Days without movement after which a task in progress counts as stale. */
  staleDoingDays: z.number().int().min(1).max(90).default(7),
});

/** Where the bot talks to the team: stored from install events, never a raw SDK object. */
export const ConversationRefSchema = z.object({
  conversationId: z.string().min(1).max(512),
  serviceUrl: z.url(),
  channelId: z.string().max(256).optional(),
});

export const TeamSchema = z.object({
  tenantId: TenantIdSchema,
  teamId: TeamIdSchema,
  name: requiredText(LIMITS.name),
  conversation: ConversationRefSchema.optional(),
  active: z.boolean().default(true),
  /** When the app was last installed (or re-installed after removal): one welcome per install. */
  installedAt: IsoDateTimeSchema.optional(),
  /** The installer's Teams language: the language of channel posts, and of cards to members not yet heard from. */
  locale: LocaleTagSchema.optional(),
  settings: TeamSettingsSchema,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});

export type CheckInSchedule = z.infer<typeof CheckInScheduleSchema>;
export type CustomQuestion = z.infer<typeof CustomQuestionSchema>;
export type TeamValue = z.infer<typeof TeamValueSchema>;
export type TeamSettings = z.infer<typeof TeamSettingsSchema>;
export type ConversationRef = z.infer<typeof ConversationRefSchema>;
export type Team = z.infer<typeof TeamSchema>;

export function isLeader(team: Pick<Team, 'settings'>, userId: string): boolean {
  return team.settings.leaders.includes(userId);
}
