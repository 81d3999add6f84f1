import type { Activity } from 'botbuilder';
import { TeamIdSchema, TenantIdSchema, UserIdSchema } from '../../shared/domain/ids.ts';
import type { Actor } from '../handlers/actor.ts';
import { channelDataOf } from './team-event.ts';

/** The sender of an activity as a plain Actor; undefined when Teams did not say who (no Entra id or tenant). */
export function actorOf(activity: Activity): Actor | undefined {
  const data = channelDataOf(activity);
  const tenantId = TenantIdSchema.safeParse(data.tenant?.id ?? activity.conversation.tenantId);
  const userId = UserIdSchema.safeParse(activity.from.aadObjectId);
  if (!tenantId.success || !userId.success) return undefined;
  const teamId = TeamIdSchema.safeParse(data.team?.id);
  return {
    tenantId: tenantId.data,
    userId: userId.data,
    teamsUserId: activity.from.id,
    name: activity.from.name || 'there',
    ...(teamId.success ? { teamId: teamId.data } : {}),
    conversation: { id: activity.conversation.id, kind: conversationKindOf(activity) },
    serviceUrl: activity.serviceUrl,
    ...(activity.locale ? { locale: activity.locale } : {}),
  };
}

function conversationKindOf(activity: Activity): Actor['conversation']['kind'] {
  const type = activity.conversation.conversationType;
  if (type === 'channel') return 'channel';
  if (type === 'groupChat' || activity.conversation.isGroup) return 'groupChat';
  return 'personal';
}
