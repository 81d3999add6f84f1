/** Who sent an activity and from where, free of any SDK type. */
export interface Actor {
  tenantId: string;
  /** The Entra object id: Cadence's identity for a person. */
  userId: string;
  /** The Teams user id (`29:…`), to @mention or to open a 1:1 chat. */
  teamsUserId: string;
  name: string;
  /** The team of the channel the activity came from; absent in personal and group chats. */
  teamId?: string;
  conversation: { id: string; kind: 'personal' | 'channel' | 'groupChat' };
  serviceUrl: string;
  locale?: string;
}
