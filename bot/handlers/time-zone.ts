import { isIanaTimeZone } from '../../shared/domain/time.ts';
import type { Repositories } from '../../shared/store/repositories.ts';

export interface SeenTimeZone {
  tenantId: string;
  userId: string;
  timeZone: string;
}

/** How long a recorded zone is trusted before the next activity checks storage again (e.g. for a new team). */
const RECHECK_MS = 10 * 60_000;

/**
 * Keeps each person's time zone as their Teams client last reported it, on every team of theirs (a
 * person has one clock). Writes only when it changed. Every activity reports a zone, and checking storage
 * is a scan over the tenant's teams, so a zone this process recorded or confirmed recently is not checked
 * again for a while.
 */
export class TimeZoneRecorder {
  private readonly confirmed = new Map<string, { timeZone: string; at: number }>();

  constructor(private readonly repos: Repositories) {}

  async record(seen: SeenTimeZone, now: Date): Promise<void> {
    if (!isIanaTimeZone(seen.timeZone)) return;
    const key = `${seen.tenantId}|${seen.userId}`;
    const last = this.confirmed.get(key);
    if (last?.timeZone === seen.timeZone && now.getTime() - last.at < RECHECK_MS) return;
    const memberships = await this.repos.members.teamsOf(seen.tenantId, seen.userId);
    for (const member of memberships) {
      if (member.timeZone === seen.timeZone) continue;
      await this.repos.members.update(member, seen.userId, (current) => ({
        ...current,
        timeZone: seen.timeZone,
        updatedAt: now.toISOString(),
      }));
    }
    this.confirmed.set(key, { timeZone: seen.timeZone, at: now.getTime() });
  }
}
