import type { Activity } from 'botbuilder';
import { TeamIdSchema, TenantIdSchema } from '../../shared/domain/ids.ts';
import type { TeamScope } from '../../shared/store/team-scope.ts';

export interface TeamEvent extends TeamScope {
  teamName?: string;
  /** The channel the event came from: on install, the one the installer picked. */
  channelId: string;
}

interface TeamsChannelData {
  tenant?: { id?: string };
  team?: { id?: string; name?: string };
  channel?: { id?: string };
  settings?: { selectedChannel?: { id?: string } };
  eventType?: string;
}

export function channelDataOf(activity: Activity): TeamsChannelData {
  const data: unknown = activity.channelData;
  return typeof data === 'object' && data !== null ? (data as TeamsChannelData) : {};
}

/** The team an activity is about; channelData is the definitive source of team and tenant ids. */
export function teamEventOf(activity: Activity): TeamEvent | undefined {
  const data = channelDataOf(activity);
  const tenantId = TenantIdSchema.safeParse(data.tenant?.id ?? activity.conversation.tenantId);
  const teamId = TeamIdSchema.safeParse(data.team?.id);
  if (!tenantId.success || !teamId.success) return undefined;
  const name = data.team?.name?.trim();
  return {
    tenantId: tenantId.data,
    teamId: teamId.data,
    ...(name ? { teamName: name } : {}),
    channelId:
      data.settings?.selectedChannel?.id ??
      data.channel?.id ??
      activity.conversation.id.split(';')[0] ??
      teamId.data,
  };
}

/**
 * The IANA zone the sender's client reports: top-level `localTimezone` (one documented sample spells it
 * `localTimeZone`), else the clientInfo entity's `timezone`.
 */
export function senderTimeZoneOf(activity: Activity): string | undefined {
  const raw = activity as Activity & { localTimeZone?: unknown };
  const topLevel: unknown = activity.localTimezone || raw.localTimeZone;
  if (typeof topLevel === 'string' && topLevel) return topLevel;
  const clientInfo = activity.entities?.find((entity) => entity.type === 'clientInfo') as
    { timezone?: unknown } | undefined;
  return typeof clientInfo?.timezone === 'string' && clientInfo.timezone ? clientInfo.timezone : undefined;
}
