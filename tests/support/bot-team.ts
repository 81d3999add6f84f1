import type { Member } from '../../shared/domain/member.ts';
import { TeamSettingsSchema, type Team, type TeamSettings } from '../../shared/domain/team.ts';
import type { Repositories } from '../../shared/store/repositories.ts';
import { TENANT_ID, uniqueTeamId, userGuid } from './ids.ts';
import { postActivity } from './post-activity.ts';
import type { RecordingConnector } from './recording-connector.ts';
import { loadActivity, type ActivityPatch } from './teams-fixtures.ts';
import type { WireActivity } from './teams-wire.ts';

export interface BotPerson {
  userId: string;
  /** The Teams user id (`29:…`) Cadence mentions and opens 1:1 chats with. */
  teamsUserId: string;
  name: string;
  timeZone: string;
}

export interface BotTeam {
  tenantId: string;
  teamId: string;
  /** The channel Cadence was installed into: where it posts to the team. */
  channelId: string;
  leader: BotPerson;
  /** Everyone on the roster, the leader first. */
  people: BotPerson[];
  team: Team;
}

export interface BotTeamOptions {
  memberCount?: number;
  now?: Date;
  settings?: Partial<TeamSettings>;
  timeZones?: string[];
}

const NAMES = ['Alice Leader', 'Bob Builder', 'Carol Chen', 'Dan Diaz', 'Eve Evans', 'Finn Fox'];

/**
 * An installed team as the bot sees it, written through the real repositories: the stored channel
 * conversation points at the recording connector, and every member has a Teams user id.
 */
export async function createBotTeam(
  repos: Repositories,
  connector: RecordingConnector,
  options: BotTeamOptions = {},
): Promise<BotTeam> {
  const tenantId = TENANT_ID;
  const teamId = uniqueTeamId();
  const channelId = teamId;
  const now = (options.now ?? new Date()).toISOString();
  const base = Math.floor(Math.random() * 1e9) * 100;
  const count = (options.memberCount ?? 3) + 1;
  const people: BotPerson[] = Array.from({ length: count }, (_, index) => {
    const userId = userGuid(base + index + 1);
    return {
      userId,
      teamsUserId: `29:1fake-${userId}`,
      name: NAMES[index] ?? `Member ${index}`,
      timeZone: options.timeZones?.[index % options.timeZones.length] ?? 'UTC',
    };
  });
  const [leader] = people as [BotPerson, ...BotPerson[]];
  const team: Team = {
    tenantId,
    teamId,
    name: 'Bot test team',
    active: true,
    conversation: { conversationId: channelId, channelId, serviceUrl: connector.url },
    installedAt: now,
    settings: TeamSettingsSchema.parse({ leaders: [leader.userId], ...options.settings }),
    createdAt: now,
    updatedAt: now,
  };
  await repos.teams.insert(team);
  for (const person of people) {
    const member: Member = {
      tenantId,
      teamId,
      userId: person.userId,
      teamsUserId: person.teamsUserId,
      name: person.name,
      timeZone: person.timeZone,
      skills: [],
      active: true,
      joinedAt: now,
      updatedAt: now,
    };
    await repos.members.insert(member);
  }
  return { tenantId, teamId, channelId, leader, people, team };
}

function sender(person: BotPerson) {
  return { id: person.teamsUserId, name: person.name, aadObjectId: person.userId };
}

/** A 1:1 chat message from the person (Teams' wire format). */
export function personalMessage(
  connector: RecordingConnector,
  person: BotPerson,
  text: string,
): WireActivity {
  return loadActivity('message-personal', connector.url, {
    text,
    from: sender(person),
    conversation: { id: `a:1fake-personal-${person.userId}` },
    localTimezone: person.timeZone,
  });
}

/** A channel post in the team's channel that @mentions the bot before `text`. */
export function channelMessage(
  connector: RecordingConnector,
  team: BotTeam,
  person: BotPerson,
  text: string,
): WireActivity {
  const fixture = loadActivity('message-channel-mention', connector.url);
  const entities = (fixture.entities ?? []).filter((entity) => entity.type !== 'clientInfo');
  return loadActivity('message-channel-mention', connector.url, {
    text: `<at>Bot</at> ${text}`,
    from: sender(person),
    entities,
    conversation: { id: `${team.channelId};messageid=${Date.now()}` },
    channelData: {
      tenant: { id: team.tenantId },
      team: { id: team.teamId, name: team.team.name },
      channel: { id: team.channelId },
    },
  });
}

/** An `Action.Execute` press (or, with `trigger: 'automatic'`, a refresh) in the person's 1:1 chat. */
export function cardInvoke(
  connector: RecordingConnector,
  person: BotPerson,
  verb: string,
  data: Record<string, unknown>,
  patch: ActivityPatch = {},
): WireActivity {
  const trigger = patch['trigger'] === 'automatic' ? 'automatic' : 'manual';
  const { trigger: _trigger, ...rest } = patch;
  return loadActivity('invoke-adaptive-card-action', connector.url, {
    from: sender(person),
    conversation: { id: `a:1fake-personal-${person.userId}` },
    value: { action: { type: 'Action.Execute', verb, data }, trigger },
    ...rest,
  });
}

/** The `Action.Submit` fallback: a message with no text whose `value` carries the verb and the inputs. */
export function cardSubmit(
  connector: RecordingConnector,
  person: BotPerson,
  verb: string,
  data: Record<string, unknown>,
  replyToId = '1736175601000',
): WireActivity {
  return loadActivity('message-submit-action', connector.url, {
    from: sender(person),
    conversation: { id: `a:1fake-personal-${person.userId}` },
    replyToId,
    value: { ...data, verb, action: undefined },
  });
}

export interface InvokeAnswer {
  status: number;
  body: { statusCode: number; type: string; value: unknown };
}

/** Posts an invoke and returns Teams' view of the answer: the HTTP status and the invoke response body. */
export async function postInvoke(serviceUrl: string, activity: WireActivity): Promise<InvokeAnswer> {
  const res = await postActivity(serviceUrl, activity);
  return res as InvokeAnswer;
}
