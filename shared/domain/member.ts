import { z } from 'zod';
import { TeamIdSchema, TenantIdSchema, UserIdSchema } from './ids.ts';
import { LIMITS } from './limits.ts';
import { LocaleTagSchema } from './locale-tag.ts';
import { requiredText, tagList } from './text.ts';
import { IanaTimeZoneSchema, IsoDateSchema, IsoDateTimeSchema } from './time.ts';

/** A person on the team roster. Identity is the Entra object id, never a display name. */
export const MemberSchema = z.object({
  tenantId: TenantIdSchema,
  teamId: TeamIdSchema,
  userId: UserIdSchema,
  /** The Teams user id (`29:…`), needed to open a 1:1 chat and to @mention. */
  teamsUserId: z.string().max(512).optional(),
  name: requiredText(LIMITS.name),
  email: z.string().max(320).optional(),
  timeZone: IanaTimeZoneSchema.optional(),
  /** The language of the person's Teams client, as last reported: the language of cards sent to them. */
  locale: LocaleTagSchema.optional(),
  skills: tagList(LIMITS.skillsPerMember).default([]),
  /** Check-ins pause until this date (inclusive), for vacations. */
  pausedUntil: IsoDateSchema.optional(),
  /** False once the person has left the team; kept so history still names them. */
  active: z.boolean().default(true),
  joinedAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});

export type Member = z.infer<typeof MemberSchema>;
