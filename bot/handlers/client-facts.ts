import { isLocaleTag } from '../../shared/domain/locale-tag.ts';
import type { Member } from '../../shared/domain/member.ts';
import { isLeader, type Team } from '../../shared/domain/team.ts';
import { isIanaTimeZone } from '../../shared/domain/time.ts';
import type { Repositories } from '../../shared/store/repositories.ts';

/** What a person's Teams client reports with every activity: their clock and their language. */
export interface ClientFacts {
  tenantId: string;
  userId: string;
  timeZone?: string | undefined;
  locale?: string | undefined;
}

type Fact = 'timeZone' | 'locale';
type Facts = Partial<Record<Fact, string>>;

/** How long a recorded fact is trusted before the next activity checks storage again (e.g. for a new team). */
const RECHECK_MS = 10 * 60_000;

/** Canonical forms by tag as sent: Intl.getCanonicalLocales is costly next to a whole activity's work. */
const canonicalForms = new Map<string, string | undefined>();

/** `de-de` and `de-DE` are one language: the canonical form, or undefined for what is no language tag. */
function canonicalLocale(tag: string): string | undefined {
  if (canonicalForms.has(tag)) return canonicalForms.get(tag);
  const canonical = canonicalFormOf(tag);
  if (canonicalForms.size < 1_000) canonicalForms.set(tag, canonical);
  return canonical;
}

function canonicalFormOf(tag: string): string | undefined {
  if (!isLocaleTag(tag)) return undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.replaceAll('_', '-'));
    return canonical !== undefined && isLocaleTag(canonical) ? canonical : undefined;
  } catch {
    return undefined;
  }
}

/** The facts worth keeping: a zone Intl knows, a valid language tag in its canonical form. */
function validFacts(seen: ClientFacts): Facts {
  const locale = seen.locale === undefined ? undefined : canonicalLocale(seen.locale);
  return {
    ...(seen.timeZone !== undefined && isIanaTimeZone(seen.timeZone) ? { timeZone: seen.timeZone } : {}),
    ...(locale !== undefined ? { locale } : {}),
  };
}

function differs(member: Pick<Member, Fact>, facts: Facts): boolean {
  return (
    (facts.timeZone !== undefined && member.timeZone !== facts.timeZone) ||
    (facts.locale !== undefined &&
      (member.locale === undefined || canonicalLocale(member.locale) !== facts.locale))
  );
}

/**
 * Keeps each person's time zone and language as their Teams client last reported them, on every team of
 * theirs (a person has one clock and one language). Writes only when one changed, once for both. Every
 * activity reports them, and checking storage is a scan over the tenant's teams, so a fact this process
 * recorded or confirmed recently is not checked again for a while; each fact on its own, so an activity
 * carrying only one of them does not re-check the other.
 *
 * A leader's language also becomes their team's when the team has none: teams installed before languages
 * were recorded get one from the first leader heard from (install sets it for newer teams).
 */
export class ClientFactsRecorder {
  private readonly confirmed = new Map<string, { value: string; at: number }>();
  /** The facts each person's client last sent as they came, for the common case: nothing changed. */
  private readonly lastSeen = new Map<string, { sent: string; at: number }>();

  constructor(private readonly repos: Repositories) {}

  async record(seen: ClientFacts, now: Date): Promise<void> {
    const person = `${seen.tenantId}|${seen.userId}`;
    const sent = `${seen.timeZone ?? ''}|${seen.locale ?? ''}`;
    const last = this.lastSeen.get(person);
    if (last?.sent === sent && now.getTime() - last.at < RECHECK_MS) return;
    await this.recordFacts(seen, now);
    this.lastSeen.set(person, { sent, at: now.getTime() });
  }

  private async recordFacts(seen: ClientFacts, now: Date): Promise<void> {
    const facts = this.unconfirmed(seen, validFacts(seen), now);
    if (facts.timeZone === undefined && facts.locale === undefined) return;
    const memberships = await this.repos.members.teamsOf(seen.tenantId, seen.userId);
    for (const member of memberships) {
      if (differs(member, facts)) {
        await this.repos.members.update(member, seen.userId, (current) => ({
          ...current,
          ...facts,
          updatedAt: now.toISOString(),
        }));
      }
      if (facts.locale !== undefined) await this.teamLanguageFrom(member, facts.locale, now);
    }
    for (const fact of ['timeZone', 'locale'] as const) {
      const value = facts[fact];
      if (value !== undefined) this.confirmed.set(this.key(seen, fact), { value, at: now.getTime() });
    }
  }

  /** The facts not recorded or confirmed by this process within the last while. */
  private unconfirmed(seen: ClientFacts, facts: Facts, now: Date): Facts {
    const fresh = (fact: Fact) => {
      const last = this.confirmed.get(this.key(seen, fact));
      return last !== undefined && last.value === facts[fact] && now.getTime() - last.at < RECHECK_MS;
    };
    return {
      ...(facts.timeZone !== undefined && !fresh('timeZone') ? { timeZone: facts.timeZone } : {}),
      ...(facts.locale !== undefined && !fresh('locale') ? { locale: facts.locale } : {}),
    };
  }

  private key(seen: ClientFacts, fact: Fact): string {
    return `${seen.tenantId}|${seen.userId}|${fact}`;
  }

  private async teamLanguageFrom(member: Member, locale: string, now: Date): Promise<void> {
    const needed = (team: Pick<Team, 'locale' | 'settings'>) =>
      team.locale === undefined && isLeader(team, member.userId);
    // Cached: most teams have a language; the update below re-checks on the stored team.
    const team = await this.repos.teams.getCached(member);
    if (!team || !needed(team.value)) return;
    await this.repos.teams.update(member, (current) =>
      needed(current) ? { ...current, locale, updatedAt: now.toISOString() } : current,
    );
  }
}
