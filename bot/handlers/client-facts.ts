import { isLocaleTag } from '../../shared/domain/locale-tag.ts';
import type { Member } from '../../shared/domain/member.ts';
import { isIanaTimeZone } from '../../shared/domain/time.ts';
import type { Repositories } from '../../shared/store/repositories.ts';

/** What a person's Teams client reports with every activity: their clock and their language. */
export interface ClientFacts {
  tenantId: string;
  userId: string;
  timeZone?: string | undefined;
  locale?: string | undefined;
}

type Facts = Pick<Member, 'timeZone' | 'locale'>;

/** How long recorded facts are trusted before the next activity checks storage again (e.g. for a new team). */
const RECHECK_MS = 10 * 60_000;

/** The facts worth keeping: a zone Intl knows, a tag that looks like a language tag. */
function validFacts(seen: ClientFacts): Facts {
  return {
    ...(seen.timeZone !== undefined && isIanaTimeZone(seen.timeZone) ? { timeZone: seen.timeZone } : {}),
    ...(seen.locale !== undefined && isLocaleTag(seen.locale) ? { locale: seen.locale } : {}),
  };
}

function differs(member: Facts, facts: Facts): boolean {
  return (
    (facts.timeZone !== undefined && member.timeZone !== facts.timeZone) ||
    (facts.locale !== undefined && member.locale !== facts.locale)
  );
}

/**
 * Keeps each person's time zone and language as their Teams client last reported them, on every team of
 * theirs (a person has one clock and one language). Writes only when either changed, once for both. Every
 * activity reports them, and checking storage is a scan over the tenant's teams, so facts this process
 * recorded or confirmed recently are not checked again for a while.
 */
export class ClientFactsRecorder {
  private readonly confirmed = new Map<string, { facts: string; at: number }>();

  constructor(private readonly repos: Repositories) {}

  async record(seen: ClientFacts, now: Date): Promise<void> {
    const facts = validFacts(seen);
    if (facts.timeZone === undefined && facts.locale === undefined) return;
    const key = `${seen.tenantId}|${seen.userId}`;
    const memo = `${facts.timeZone ?? ''}|${facts.locale ?? ''}`;
    const last = this.confirmed.get(key);
    if (last?.facts === memo && now.getTime() - last.at < RECHECK_MS) return;
    const memberships = await this.repos.members.teamsOf(seen.tenantId, seen.userId);
    for (const member of memberships) {
      if (!differs(member, facts)) continue;
      await this.repos.members.update(member, seen.userId, (current) => ({
        ...current,
        ...facts,
        updatedAt: now.toISOString(),
      }));
    }
    this.confirmed.set(key, { facts: memo, at: now.getTime() });
  }
}
