import { isIanaTimeZone } from '../../shared/domain/time.ts';
import type { Repositories } from '../../shared/store/repositories.ts';

export interface SeenTimeZone {
  tenantId: string;
  userId: string;
  timeZone: string;
}

/**
 * Keeps each person's time zone as their Teams client last reported it, on every team of theirs (a
 * person has one clock). Writes only when it changed, so an ordinary message costs one scan and no write.
 */
export async function recordTimeZone(repos: Repositories, seen: SeenTimeZone, now: Date): Promise<void> {
  if (!isIanaTimeZone(seen.timeZone)) return;
  const memberships = await repos.members.teamsOf(seen.tenantId, seen.userId);
  for (const member of memberships) {
    if (member.timeZone === seen.timeZone) continue;
    await repos.members.update(member, seen.userId, (current) => ({
      ...current,
      timeZone: seen.timeZone,
      updatedAt: now.toISOString(),
    }));
  }
}
