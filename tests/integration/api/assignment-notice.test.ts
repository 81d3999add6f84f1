import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { noticeAssignment } from '../../../bot/services/assignment-notice.ts';
import type { ServiceContext } from '../../../bot/services/service-context.ts';
import { apiPaths } from '../../../shared/api/routes.ts';
import { localHostLink } from '../../../shared/api/tab-links.ts';
import type { Versioned } from '../../../shared/api/versioned.ts';
import type { AdaptiveCard, CardElement } from '../../../shared/cards/adaptive-card.ts';
import { isLeader } from '../../../shared/domain/team.ts';
import type { Task } from '../../../shared/domain/task.ts';
import { apiClient, expectVersioned, type ApiClient } from '../../support/api-client.ts';
import { createBotTeam, type BotPerson, type BotTeam } from '../../support/bot-team.ts';
import { captureLogs } from '../../support/captured-logs.ts';
import {
  startRecordingConnector,
  type RecordedRequest,
  type RecordingConnector,
} from '../../support/recording-connector.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';
import { testClock } from './test-clock.ts';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const clock = testClock('2026-06-03T12:00:00.000Z');
const logs = captureLogs();
let connector: RecordingConnector;
let service: TestService;

beforeAll(async () => {
  connector = await startRecordingConnector();
  service = await startTestService({ now: clock.now, logger: logs.logger });
});
afterEach(() => {
  connector.reset();
  logs.clear();
});
afterAll(async () => {
  await service.close();
  await connector.close();
});

interface Scene {
  team: BotTeam;
  leader: BotPerson;
  bob: BotPerson;
  carol: BotPerson;
  as(person: BotPerson): Promise<ApiClient>;
}

async function scene(): Promise<Scene> {
  const team = await createBotTeam(service.repos, connector, { memberCount: 3 });
  const [leader, bob, carol] = team.people as [BotPerson, BotPerson, BotPerson];
  const as = async (person: BotPerson) =>
    apiClient(service.url, await service.tokenFor(team.tenantId, person.userId));
  return { team, leader, bob, carol, as };
}

async function create(api: ApiClient, team: BotTeam, body: Record<string, unknown>) {
  clock.advance(1);
  return expectVersioned(await api.post<Versioned<Task>>(apiPaths.tasks(team.teamId), body), 201);
}

async function update(api: ApiClient, team: BotTeam, task: Versioned<Task>, body: Record<string, unknown>) {
  clock.advance(1);
  const res = await api.patch<Versioned<Task>>(apiPaths.task(team.teamId, task.id), body, task.etag);
  return expectVersioned(res, 200);
}

function conversationsCreated(): RecordedRequest[] {
  return connector.requests().filter((r) => r.method === 'POST' && r.path === '/v3/conversations');
}

function elementsOf(card: AdaptiveCard): CardElement[] {
  const all: CardElement[] = [];
  const visit = (elements: unknown) => {
    if (!Array.isArray(elements)) return;
    for (const element of elements as CardElement[]) {
      all.push(element);
      visit(element['items']);
    }
  };
  visit(card.body);
  return all;
}

function shownTexts(card: AdaptiveCard): string[] {
  return elementsOf(card).flatMap((e) =>
    e['type'] === 'FactSet'
      ? (e['facts'] as Array<{ title: string; value: string }>).map((f) => `${f.title}: ${f.value}`)
      : e['type'] === 'TextBlock'
        ? [String(e['text'])]
        : [],
  );
}

describe('the assignment notice', () => {
  it('sends the assignee of a new task one 1:1 card with the task, goal, due date, assigner and a deep link', async () => {
    const { team, leader, bob, as } = await scene();
    const api = await as(leader);
    clock.advance(1);
    const goal = await api.post<{ id: string }>(apiPaths.goals(team.teamId), {
      statement: 'Cut first response time to 4 hours by July',
    });
    expect(goal.status).toBe(201);

    const task = await create(api, team, {
      title: 'Write the FAQ',
      goalId: goal.body.id,
      dueDate: '2026-06-12',
      assigneeId: bob.userId,
    });

    const [sent] = await connector.waitForActivities(1);
    expect(connector.chatsOpened()).toEqual([bob.teamsUserId]);
    expect(conversationsCreated()[0]?.body).toMatchObject({ tenantId: team.tenantId, isGroup: false });
    expect(sent?.replyToId).toBeUndefined();
    expect(sent?.conversationId).toMatch(/^a:1fake-personal-conversation-/);
    const attachment = sent?.activity.attachments?.[0];
    expect(attachment?.contentType).toBe(ADAPTIVE_CARD);
    const card = attachment?.content as AdaptiveCard;
    expect(shownTexts(card)).toEqual(
      expect.arrayContaining([
        'Write the FAQ',
        'Alice Leader assigned you this task.',
        'Goal: Cut first response time to 4 hours by July',
        'Due: Fri 12 Jun 2026',
      ]),
    );
    expect(card.actions).toEqual([
      {
        type: 'Action.OpenUrl',
        title: 'Open the task',
        url: localHostLink(service.url, { kind: 'task', taskId: task.id }),
      },
    ]);
    expect(card.actions?.[0]?.['url']).toBe(`${service.url}/host?subPageId=task%3A${task.id}`);
    expect(connector.sentActivities()).toHaveLength(1);
  });

  it('tells the new assignee when a task is handed to someone else', async () => {
    const { team, leader, bob, carol, as } = await scene();
    const api = await as(leader);
    const task = await create(api, team, { title: 'Migrate the inbox', assigneeId: bob.userId });
    await connector.waitForActivities(1);
    connector.reset();

    await update(api, team, task, { assigneeId: carol.userId });

    await connector.waitForActivities(1);
    expect(connector.chatsOpened()).toEqual([carol.teamsUserId]);
    expect(connector.sentActivities()).toHaveLength(1);
  });

  it('sends nothing for self-assignment, an unchanged assignee, other edits or unassigning', async () => {
    const { team, leader, bob, carol, as } = await scene();
    const leaderApi = await as(leader);
    const bobApi = await as(bob);

    const own = await create(leaderApi, team, { title: 'Leader’s own task', assigneeId: leader.userId });
    const taken = await create(bobApi, team, { title: 'Bob takes this', assigneeId: bob.userId });
    const unassigned = await create(leaderApi, team, { title: 'Nobody yet' });
    await update(leaderApi, team, unassigned, { assigneeId: leader.userId });
    await update(bobApi, team, taken, { title: 'Bob takes this, renamed', assigneeId: bob.userId });
    const edited = await update(leaderApi, team, own, { status: 'doing', dueDate: '2026-06-30' });
    const handed = await create(leaderApi, team, { title: 'Handed over', assigneeId: carol.userId });
    await connector.waitForActivities(1);
    expect(connector.chatsOpened()).toEqual([carol.teamsUserId]);
    connector.reset();
    const renamed = await update(leaderApi, team, edited, {
      title: 'Renamed',
      status: 'blocked',
      tags: ['x'],
    });
    const retitled = await update(leaderApi, team, handed, { title: 'Handed over, retitled' });
    const same = await update(leaderApi, team, retitled, { assigneeId: carol.userId, status: 'doing' });
    await update(leaderApi, team, same, { assigneeId: null });

    // A real assignment last: the writes before it start nothing, so this is the only send.
    await update(leaderApi, team, renamed, { assigneeId: bob.userId });
    await connector.waitForActivities(1);
    expect(connector.chatsOpened()).toEqual([bob.teamsUserId]);
    expect(connector.sentActivities()).toHaveLength(1);
  });

  it('answers the API at once even when Teams refuses the delivery, and logs a warning', async () => {
    const { team, leader, bob, as } = await scene();
    connector.failNext(/^\/v3\/conversations$/, 403);

    const task = await create(await as(leader), team, { title: 'Still saved', assigneeId: bob.userId });

    await expect
      .poll(() => logs.withMessage('1:1 delivery failed'), { timeout: 10_000 })
      .toMatchObject([{ level: 40, operation: 'assignmentNotice', teamId: team.teamId, status: 403 }]);
    expect(connector.sentActivities()).toEqual([]);
    expect((await service.repos.tasks.require(team, task.id)).value.assigneeId).toBe(bob.userId);
  });

  it('is skipped (logged at debug) when the team has no stored conversation', async () => {
    const { team, leader, bob, as } = await scene();
    await service.repos.teams.update(team, ({ conversation: _gone, ...rest }) => rest);
    await create(await as(leader), team, { title: 'No channel yet', assigneeId: bob.userId });
    await expect
      .poll(() => logs.withMessage('assignment notice'))
      .toMatchObject([{ level: 20, outcome: 'unreachable' }]);
    expect(connector.requests()).toEqual([]);
  });

  it('is skipped (logged at debug) when the assignee has no Teams user id yet', async () => {
    const { team, leader, bob, as } = await scene();
    await service.repos.members.update(team, bob.userId, ({ teamsUserId: _none, ...rest }) => rest);
    await create(await as(leader), team, { title: 'Roster not synced', assigneeId: bob.userId });
    await expect
      .poll(() => logs.withMessage('assignment notice'))
      .toMatchObject([{ level: 20, outcome: 'unreachable' }]);
    expect(connector.requests()).toEqual([]);
  });

  it('goes out once per assignment, however many times the same write is announced', async () => {
    const { team, leader, bob } = await scene();
    clock.advance(1);
    const stored = await service.repos.tasks.insert({
      tenantId: team.tenantId,
      teamId: team.teamId,
      id: 'announced-twice',
      title: 'Announced twice',
      description: '',
      assigneeId: bob.userId,
      status: 'todo',
      tags: [],
      blockedReason: '',
      statusChangedAt: clock.iso(),
      createdBy: leader.userId,
      createdAt: clock.iso(),
      updatedAt: clock.iso(),
    });
    const teamRecord = (await service.repos.teams.get(team))?.value;
    const member = (await service.repos.members.get(team, leader.userId))?.value;
    if (!teamRecord || !member) throw new Error('the bot team is missing');
    const ctx: ServiceContext = {
      repos: service.repos,
      access: {
        scope: team,
        userId: leader.userId,
        team: teamRecord,
        member,
        isLeader: isLeader(teamRecord, leader.userId),
      },
      now: clock.now,
      outbound: service.bot.outbound,
      links: service.bot.links,
      logger: logs.logger,
    };

    noticeAssignment(ctx, undefined, stored.value);
    noticeAssignment(ctx, undefined, stored.value);

    await connector.waitForActivities(1);
    await expect
      .poll(() =>
        logs
          .withMessage('assignment notice')
          .map((entry) => entry.outcome)
          .sort(),
      )
      .toEqual(['already', 'sent']);
    expect(connector.chatsOpened()).toEqual([bob.teamsUserId]);
    expect(connector.sentActivities()).toHaveLength(1);
  });
});
