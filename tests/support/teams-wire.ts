/** The Bot Framework JSON that crosses the wire, typed only as far as the tests read it. */

export interface WireAccount {
  id: string;
  name?: string;
  aadObjectId?: string;
  [key: string]: unknown;
}

export interface WireConversation {
  id: string;
  conversationType?: string;
  tenantId?: string;
  isGroup?: boolean;
  [key: string]: unknown;
}

export interface WireAttachment {
  contentType: string;
  content?: unknown;
  [key: string]: unknown;
}

export interface WireActivity {
  type: string;
  id?: string;
  serviceUrl?: string;
  channelId?: string;
  from?: WireAccount;
  recipient?: WireAccount;
  conversation?: WireConversation;
  replyToId?: string;
  text?: string;
  textFormat?: string;
  summary?: string;
  attachments?: WireAttachment[];
  entities?: Array<Record<string, unknown>>;
  membersAdded?: WireAccount[];
  channelData?: Record<string, unknown>;
  [key: string]: unknown;
}

/** A member as `GET /v3/conversations/{teamId}/pagedmembers` lists it: `objectId` or `aadObjectId`. */
export interface WireTeamsMember {
  id: string;
  name?: string;
  objectId?: string;
  aadObjectId?: string;
  givenName?: string;
  surname?: string;
  email?: string;
  userPrincipalName?: string;
  tenantId?: string;
  userRole?: string;
}

export interface WirePagedMembers {
  continuationToken?: string;
  members: WireTeamsMember[];
}

/** The Bot Framework ErrorResponse. */
export interface WireErrorBody {
  error: { code: string; message: string };
}
