import type { Member } from '../domain/member.ts';
import type { Team } from '../domain/team.ts';
import { pickLocale, type SupportedLocale } from '../i18n/locales.ts';

/**
 * The language of a card sent to a person who did not just ask for it: their own Teams language as last
 * recorded, else the team's (from install), else the default.
 */
export function localeFor(
  member: Pick<Member, 'locale'> | undefined,
  team: Pick<Team, 'locale'> | undefined,
): SupportedLocale {
  return pickLocale(member?.locale ?? team?.locale);
}
