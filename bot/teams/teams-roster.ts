import { TeamsInfo, type TeamsChannelAccount, type TurnContext } from 'botbuilder';
import type { RosterEntry } from '../handlers/roster-entry.ts';
import { rosterEntryOf } from './roster-wire.ts';

/** Teams' maximum page: the fewest round trips for a large team. */
const PAGE_SIZE = 500;

/** Every page of `GET /v3/conversations/{teamId}/pagedmembers`, following continuation tokens. */
export async function loadTeamRoster(context: TurnContext, teamId: string): Promise<RosterEntry[]> {
  const entries: RosterEntry[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await TeamsInfo.getPagedTeamMembers(context, teamId, PAGE_SIZE, continuationToken);
    for (const account of page.members) {
      const entry = rosterEntryOf(account);
      if (entry) entries.push(entry);
    }
    continuationToken = page.continuationToken || undefined;
  } while (continuationToken);
  return entries;
}

/** One member's details, from the connector; the activity's own account when the connector has none. */
export async function fetchTeamMember(
  context: TurnContext,
  teamId: string,
  account: TeamsChannelAccount,
): Promise<RosterEntry | undefined> {
  try {
    return rosterEntryOf(await TeamsInfo.getTeamMember(context, teamId, account.id));
  } catch {
    return rosterEntryOf(account);
  }
}
