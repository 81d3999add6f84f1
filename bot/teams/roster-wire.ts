import type { TeamsChannelAccount } from 'botbuilder';
import { UserIdSchema } from '../../shared/domain/ids.ts';
import { LIMITS } from '../../shared/domain/limits.ts';
import type { RosterEntry } from '../handlers/roster-entry.ts';

/**
 * A roster member off the wire. Teams documents `objectId` and the SDKs name it `aadObjectId`; either
 * arrives in the wild. People without an Entra object id (anonymous guests) cannot sign in to the tab and
 * are not kept.
 */
export function rosterEntryOf(account: TeamsChannelAccount): RosterEntry | undefined {
  const objectId: unknown = account.aadObjectId ?? (account as { objectId?: unknown }).objectId;
  const userId = UserIdSchema.safeParse(objectId);
  if (!userId.success || !account.id) return undefined;
  const email = account.email ?? account.userPrincipalName;
  const name = (account.name ?? '').trim() || email || 'Teams user';
  return {
    userId: userId.data,
    teamsUserId: account.id,
    name: name.slice(0, LIMITS.name),
    ...(email ? { email } : {}),
  };
}
