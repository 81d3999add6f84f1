import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Member } from '../../../shared/domain/member.ts';
import { apiClient } from '../../support/api-client.ts';
import { postActivity } from '../../support/post-activity.ts';
import { startRecordingConnector, type RecordingConnector } from '../../support/recording-connector.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';
import {
  loadActivity,
  loadConnectorFixture,
  type ActivityFixtureName,
} from '../../support/teams-fixtures.ts';
import type { WireActivity, WireTeamsMember } from '../../support/teams-wire.ts';

const TENANT = '00000000-0000-4000-8000-000000000001';
const ALICE = '00000000-0000-4000-8000-0000000000a1';
const BOB = '00000000-0000-4000-8000-0000000000a2';
const CAROL = '00000000-0000-4000-8000-0000000000a3';
const CHANNEL = '19:fake0channel0000000000000000000002@thread.tacv2';
const ALICE_TEAMS_ID = '29:1fake-alice-000000000000000000000000000000000000000000000000000000000000';
const BOB_TEAMS_ID = '29:1fake-bob-00000000000000000000000000000000000000000000000000000000000000';
const CAROL_TEAMS_ID = '29:1fake-carol-000000000000000000000000000000000000000000000000000000000000';

const fixtureMembers = loadConnectorFixture('paged-members-response').members;
const carol: WireTeamsMember = {
  id: CAROL_TEAMS_ID,
  name: 'Carol Example',
  aadObjectId: CAROL,
  userPrincipalName: 'carol@fake-tenant.example',
  tenantId: TENANT,
  userRole: 'user',
};

let connector: RecordingConnector;
let service: TestService;
let teamCount = 0;

beforeAll(async () => {
  connector = await startRecordingConnector();
  service = await startTestService();
});
afterEach(() => connector.reset());
afterAll(async () => {
  await service.close();
  await connector.close();
});

/** A team id of its own per test: the service and its tables are shared by the file. */
function newTeamId(): string {
  teamCount += 1;
  return `19:fake0team${String(teamCount).padStart(4, '0')}${Date.now()}@thread.tacv2`;
}

function teamActivity(
  name: ActivityFixtureName,
  teamId: string,
  patch: Record<string, unknown> = {},
): WireActivity {
  return loadActivity(name, connector.url, { channelData: { team: { id: teamId } }, ...patch });
}

async function post(activity: WireActivity): Promise<void> {
  const res = await postActivity(service.url, activity);
  expect(res.status).toBe(200);
}

async function install(teamId: string, patch: Record<string, unknown> = {}): Promise<void> {
  connector.setMemberPages([fixtureMembers.slice(0, 1), fixtureMembers.slice(1)]);
  await post(teamActivity('installation-update-add-team', teamId, patch));
}

async function roster(teamId: string): Promise<Member[]> {
  const rows = await service.repos.members.list({ tenantId: TENANT, teamId });
  return rows.map((row) => row.value);
}

async function boardStatus(teamId: string, userId: string): Promise<number> {
  const api = apiClient(service.url, await service.tokenFor(TENANT, userId));
  return (await api.get(`/api/v1/teams/${encodeURIComponent(teamId)}/board`)).status;
}

describe('install', () => {
  it('stores the team and its channel, loads every page of the roster, makes the installer leader and welcomes once', async () => {
    const teamId = newTeamId();
    await install(teamId);

    const team = (await service.repos.teams.get({ tenantId: TENANT, teamId }))?.value;
    expect(team).toMatchObject({
      name: 'Fake Team',
      active: true,
      conversation: { conversationId: CHANNEL, channelId: CHANNEL, serviceUrl: connector.url },
      settings: { leaders: [ALICE] },
    });

    const pages = connector.requests().filter((request) => request.path.endsWith('/pagedmembers'));
    expect(pages.map((request) => request.query['continuationToken'])).toEqual([
      undefined,
      'fake-continuation-token-0001',
    ]);
    expect(pages.every((request) => request.path === `/v3/conversations/${teamId}/pagedmembers`)).toBe(true);

    const members = await roster(teamId);
    expect(
      members.map(({ userId, teamsUserId, name, email, active }) => ({
        userId,
        teamsUserId,
        name,
        email,
        active,
      })),
    ).toEqual([
      {
        userId: ALICE,
        teamsUserId: ALICE_TEAMS_ID,
        name: 'Alice Example',
        email: 'alice@fake-tenant.example',
        active: true,
      },
      {
        userId: BOB,
        teamsUserId: BOB_TEAMS_ID,
        name: 'Bob Example',
        email: 'bob@fake-tenant.example',
        active: true,
      },
    ]);

    const sent = connector.sentActivities();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.conversationId).toBe(CHANNEL);
    const attachment = sent[0]?.activity.attachments?.[0];
    expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = attachment?.content as { version: string; body: Array<{ text?: string }>; msteams: unknown };
    expect(card.version).toBe('1.5');
    expect(card.msteams).toEqual({
      entities: [
        {
          type: 'mention',
          text: '<at>Alice Example</at>',
          mentioned: { id: ALICE_TEAMS_ID, name: 'Alice Example' },
        },
      ],
    });
    expect(card.body.some((block) => block.text?.includes('<at>Alice Example</at>'))).toBe(true);

    expect(await boardStatus(teamId, ALICE)).toBe(200);
  });

  it('welcomes once however often the install is delivered, and whichever event comes first', async () => {
    const teamId = newTeamId();
    await post(teamActivity('conversation-update-bot-added-team', teamId));
    await install(teamId);
    await install(teamId);
    await post(teamActivity('conversation-update-bot-added-team', teamId));

    expect(connector.sentActivities()).toHaveLength(1);
    expect((await roster(teamId)).map((member) => member.userId)).toEqual([ALICE, BOB]);
  });

  it('welcomes once when both install events arrive at the same time', async () => {
    const teamId = newTeamId();
    connector.setMemberPages([fixtureMembers]);
    await Promise.all([
      post(teamActivity('installation-update-add-team', teamId)),
      post(teamActivity('conversation-update-bot-added-team', teamId)),
    ]);
    expect(connector.sentActivities()).toHaveLength(1);
  });

  it('re-activates an uninstalled team, keeps its leaders and welcomes the new install', async () => {
    const teamId = newTeamId();
    await install(teamId);
    await service.repos.teams.update({ tenantId: TENANT, teamId }, (team) => ({
      ...team,
      settings: { ...team.settings, leaders: [BOB] },
    }));
    await post(teamActivity('installation-update-remove-team', teamId));
    await install(teamId);

    const team = (await service.repos.teams.get({ tenantId: TENANT, teamId }))?.value;
    expect(team).toMatchObject({ active: true, settings: { leaders: [BOB] } });
    expect(connector.sentActivities()).toHaveLength(2);
  });
});

describe('roster changes', () => {
  it('adds a member who joins, with details from the connector, and sends nothing', async () => {
    const teamId = newTeamId();
    await install(teamId);
    connector.reset();
    connector.setMemberPages([[...fixtureMembers, carol]]);

    await post(
      teamActivity('conversation-update-member-added-team', teamId, {
        membersAdded: [{ id: CAROL_TEAMS_ID, aadObjectId: CAROL }],
      }),
    );

    const added = (await roster(teamId)).find((member) => member.userId === CAROL);
    expect(added).toMatchObject({ teamsUserId: CAROL_TEAMS_ID, name: 'Carol Example', active: true });
    expect(connector.sentActivities()).toEqual([]);
    expect(await boardStatus(teamId, CAROL)).toBe(200);
  });

  it('keeps a member who leaves as inactive, and re-activates them when they come back', async () => {
    const teamId = newTeamId();
    await install(teamId);
    connector.reset();

    await post(teamActivity('conversation-update-member-removed-team', teamId));
    expect((await roster(teamId)).find((member) => member.userId === BOB)).toMatchObject({
      name: 'Bob Example',
      active: false,
    });
    expect(await boardStatus(teamId, BOB)).toBe(403);

    await post(teamActivity('conversation-update-member-added-team', teamId));
    expect((await roster(teamId)).find((member) => member.userId === BOB)?.active).toBe(true);
    expect(connector.sentActivities()).toEqual([]);
  });
});

describe('removal', () => {
  it.each([
    ['uninstall', 'installation-update-remove-team'],
    ['team deletion', 'conversation-update-team-deleted'],
  ] as const)('marks the team inactive on %s, and the API answers 404 for it', async (_what, fixture) => {
    const teamId = newTeamId();
    await install(teamId);
    connector.reset();

    await post(teamActivity(fixture, teamId));

    expect((await service.repos.teams.get({ tenantId: TENANT, teamId }))?.value.active).toBe(false);
    expect(await roster(teamId)).toHaveLength(2);
    expect(await boardStatus(teamId, ALICE)).toBe(404);
    expect(connector.sentActivities()).toEqual([]);
  });
});

describe('time zone', () => {
  it('records the zone a member’s client reports, ignoring names that are not IANA zones', async () => {
    const teamId = newTeamId();
    await install(teamId);
    const message = (patch: Record<string, unknown>) =>
      loadActivity('message-personal', connector.url, {
        from: { id: ALICE_TEAMS_ID, aadObjectId: ALICE },
        ...patch,
      });

    await post(message({ localTimezone: 'Europe/Berlin', entities: undefined }));
    const zoneOf = async () => (await roster(teamId)).find((member) => member.userId === ALICE)?.timeZone;
    expect(await zoneOf()).toBe('Europe/Berlin');

    await post(message({ localTimezone: 'Mars/Olympus_Mons', entities: undefined }));
    expect(await zoneOf()).toBe('Europe/Berlin');

    await post(
      message({ localTimezone: undefined, entities: [{ type: 'clientInfo', timezone: 'Asia/Tokyo' }] }),
    );
    expect(await zoneOf()).toBe('Asia/Tokyo');
  });
});

describe('language', () => {
  const teamLocale = async (teamId: string) =>
    (await service.repos.teams.get({ tenantId: TENANT, teamId }))?.value.locale;

  it('takes the team’s language from the install, welcomes in it, and keeps it across re-installs', async () => {
    const teamId = newTeamId();
    await install(teamId, { locale: 'de-DE' });
    expect(await teamLocale(teamId)).toBe('de-DE');
    const welcome = JSON.stringify(connector.sentActivities()[0]?.activity);
    expect(welcome).toContain('Cadence ist da');
    expect(welcome).toContain('dass du mich hinzugefügt hast');

    await post(teamActivity('installation-update-remove-team', teamId));
    connector.reset();
    await install(teamId, { locale: 'en-US' });
    expect(await teamLocale(teamId)).toBe('de-DE');
    expect(JSON.stringify(connector.sentActivities()[0]?.activity)).toContain('Cadence ist da');
  });

  it('records the language a member’s client reports, ignoring what is not a language tag', async () => {
    const teamId = newTeamId();
    await install(teamId);
    const message = (locale: string) =>
      loadActivity('message-personal', connector.url, {
        from: { id: BOB_TEAMS_ID, aadObjectId: BOB },
        localTimezone: 'Europe/Berlin',
        locale,
      });
    const member = async () => (await roster(teamId)).find((entry) => entry.userId === BOB);

    await post(message('de-DE'));
    expect(await member()).toMatchObject({ locale: 'de-DE', timeZone: 'Europe/Berlin' });

    await post(message('<script>alert(1)</script>'));
    expect((await member())?.locale).toBe('de-DE');

    await post(message('en-GB'));
    expect((await member())?.locale).toBe('en-GB');
  });

  it('gives a team installed before languages were recorded its first leader’s language, never a member’s', async () => {
    const teamId = newTeamId();
    const scope = { tenantId: TENANT, teamId };
    await install(teamId);
    // As stored by a version of Cadence that did not record languages.
    await service.repos.teams.update(scope, ({ locale: _dropped, ...team }) => team);
    const message = (userId: string, teamsUserId: string, locale: string) =>
      loadActivity('message-personal', connector.url, {
        from: { id: teamsUserId, aadObjectId: userId },
        text: 'help',
        locale,
        entities: undefined,
      });

    await post(message(BOB, BOB_TEAMS_ID, 'fr-FR'));
    expect(await teamLocale(teamId)).toBeUndefined();

    await post(message(ALICE, ALICE_TEAMS_ID, 'de-de'));
    expect(await teamLocale(teamId)).toBe('de-DE');
    const alice = await service.repos.members.get(scope, ALICE);
    expect(alice?.value.locale).toBe('de-DE');

    await post(message(ALICE, ALICE_TEAMS_ID, 'en-US'));
    expect(await teamLocale(teamId)).toBe('de-DE');
  });

  it('takes "de-de" and "de-DE" for one language, and checks a time zone and a language each on its own', async () => {
    const teamId = newTeamId();
    const scope = { tenantId: TENANT, teamId };
    await install(teamId);
    const message = (patch: Record<string, unknown>) =>
      loadActivity('message-personal', connector.url, {
        from: { id: CAROL_TEAMS_ID, aadObjectId: CAROL },
        text: 'help',
        entities: undefined,
        localTimezone: undefined,
        locale: undefined,
        ...patch,
      });
    await service.repos.members.insert({
      ...scope,
      userId: CAROL,
      teamsUserId: CAROL_TEAMS_ID,
      name: 'Carol Example',
      skills: [],
      active: true,
      joinedAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
    });
    const storageReads = vi.spyOn(service.repos.members, 'teamsOf');
    try {
      await post(message({ localTimezone: 'Europe/Vienna', locale: 'de-AT' }));
      const recorded = await service.repos.members.get(scope, CAROL);
      expect(recorded?.value).toMatchObject({ timeZone: 'Europe/Vienna', locale: 'de-AT' });
      expect(storageReads).toHaveBeenCalledTimes(1);

      await post(message({ localTimezone: 'Europe/Vienna' }));
      await post(message({ locale: 'de-at' }));
      await post(message({ locale: 'DE_at' }));
      expect(storageReads).toHaveBeenCalledTimes(1);
      expect((await service.repos.members.get(scope, CAROL))?.etag).toBe(recorded?.etag);

      await post(message({ localTimezone: 'Europe/Berlin', locale: 'de-AT' }));
      expect(storageReads).toHaveBeenCalledTimes(2);
      expect((await service.repos.members.get(scope, CAROL))?.value).toMatchObject({
        timeZone: 'Europe/Berlin',
        locale: 'de-AT',
      });
    } finally {
      storageReads.mockRestore();
    }
  });
});
