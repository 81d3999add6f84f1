import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CommandName } from '../../../bot/handlers/commands.ts';
import { localHostLink } from '../../../shared/api/tab-links.ts';
import type { AdaptiveCard, CardElement } from '../../../shared/cards/adaptive-card.ts';
import type { Goal } from '../../../shared/domain/goal.ts';
import type { Task } from '../../../shared/domain/task.ts';
import { captureLogs } from '../../support/captured-logs.ts';
import {
  cardInvoke,
  channelMessage,
  createBotTeam,
  personalMessage,
  postInvoke,
  type BotPerson,
  type BotTeam,
} from '../../support/bot-team.ts';
import { postActivity } from '../../support/post-activity.ts';
import {
  startRecordingConnector,
  type RecordingConnector,
  type SentActivity,
} from '../../support/recording-connector.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';
import type { WireActivity } from '../../support/teams-wire.ts';
import { testClock } from '../api/test-clock.ts';
import { addToTeam } from './team-membership.ts';
import { repliesText } from '../../../shared/cards/i18n/replies-text.ts';

/** The bot's English replies, as the catalog has them. */
const english = repliesText('en-US');

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const COMMANDS: CommandName[] = ['help', 'checkin', 'tasks', 'recognize', 'feedback', 'pause', 'resume'];
/** The commands that act on one team, so a person on several is asked which. */
const TEAM_COMMANDS: CommandName[] = ['checkin', 'tasks', 'recognize', 'feedback'];

/** Wednesday 3 June 2026. */
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

/** A channel post that does not @mention the bot (Teams delivers it when the bot gets every channel message). */
function unmentionedChannelMessage(team: BotTeam, person: BotPerson, text: string): WireActivity {
  return { ...channelMessage(connector, team, person, text), text, entities: [] };
}

/** The one reply to `activity`, and the proactive posts it caused (a card sent 1:1 instead, say). */
async function post(activity: WireActivity): Promise<{ reply: SentActivity; others: SentActivity[] }> {
  const res = await postActivity(service.url, activity);
  expect(res.status).toBe(200);
  const sent = connector.sentActivities();
  const replies = sent.filter((s) => s.replyToId === activity.id);
  expect(replies).toHaveLength(1);
  const reply = replies[0] as SentActivity;
  expect(reply.conversationId).toBe(activity.conversation?.id);
  return { reply, others: sent.filter((s) => s !== reply) };
}

function cardOf(sent: SentActivity): AdaptiveCard {
  const [attachment] = sent.activity.attachments ?? [];
  expect(attachment?.contentType).toBe(ADAPTIVE_CARD);
  return attachment?.content as AdaptiveCard;
}

function elementsOf(card: AdaptiveCard): CardElement[] {
  const all: CardElement[] = [];
  const visit = (elements: unknown) => {
    if (!Array.isArray(elements)) return;
    for (const element of elements as CardElement[]) {
      all.push(element);
      visit(element['items']);
      visit(element['columns']);
      visit(element['actions']);
    }
  };
  visit(card.body);
  visit(card.actions);
  return all;
}

function texts(card: AdaptiveCard): string[] {
  return elementsOf(card)
    .filter((e) => e['type'] === 'TextBlock')
    .map((e) => String(e['text']));
}

function isHelpCard(card: AdaptiveCard): boolean {
  return elementsOf(card).some(
    (e) => e['type'] === 'FactSet' && JSON.stringify(e['facts']).includes('"title":"help"'),
  );
}

function loggedCommands(): unknown[] {
  return logs.withMessage('command').map((entry) => entry['command']);
}

async function oneTeamMember(): Promise<{ team: BotTeam; person: BotPerson }> {
  const team = await createBotTeam(service.repos, connector, { memberCount: 2 });
  return { team, person: team.people[1] as BotPerson };
}

describe.each(COMMANDS)('the %s command', (name) => {
  const capitalised = name.charAt(0).toUpperCase() + name.slice(1);

  it.each([name, name.toUpperCase(), `  ${capitalised}  `, `/${name}`, `/${name.toUpperCase()}`])(
    'is understood as %j in a personal chat, with one reply',
    async (text) => {
      const { person } = await oneTeamMember();
      const { others } = await post(personalMessage(connector, person, text));
      expect(loggedCommands()).toEqual([name]);
      expect(others).toEqual([]);
    },
  );

  it.each([
    [
      'with the @mention',
      (team: BotTeam, person: BotPerson) => channelMessage(connector, team, person, name),
    ],
    [
      'with the @mention and a slash',
      (team: BotTeam, person: BotPerson) => channelMessage(connector, team, person, `/${capitalised}`),
    ],
    [
      'without the @mention',
      (team: BotTeam, person: BotPerson) => unmentionedChannelMessage(team, person, name.toUpperCase()),
    ],
  ])('is understood in a channel %s, answering in the thread', async (_how, message) => {
    const { team, person } = await oneTeamMember();
    const { others } = await post(message(team, person));
    expect(loggedCommands()).toEqual([name]);
    // A private card (check-in, feedback) goes to the 1:1 chat, with a note in the thread.
    expect(others.length).toBeLessThanOrEqual(1);
    for (const other of others) expect(other.conversationId).not.toBe(team.channelId);
  });
});

describe('an unknown command', () => {
  it.each(['dance', '/dance', 'what can you do?', 'helpme'])('%j gets the help card', async (text) => {
    const { person } = await oneTeamMember();
    const { reply } = await post(personalMessage(connector, person, text));
    expect(isHelpCard(cardOf(reply))).toBe(true);
    expect(loggedCommands()).toEqual(['unknown']);
  });

  it('gets the help card in a channel, with or without the @mention', async () => {
    const { team, person } = await oneTeamMember();
    for (const message of [
      channelMessage(connector, team, person, 'dance'),
      unmentionedChannelMessage(team, person, 'dance'),
    ]) {
      const { reply } = await post(message);
      expect(isHelpCard(cardOf(reply))).toBe(true);
    }
    expect(loggedCommands()).toEqual(['unknown', 'unknown']);
  });
});

describe('someone on no Cadence team', () => {
  it.each([...TEAM_COMMANDS, 'pause 2 weeks', 'resume'])('asking %j is told so', async (text) => {
    const { person } = await oneTeamMember();
    const stranger = {
      ...person,
      userId: '00000000-0000-4000-8000-00000000beef',
      teamsUserId: '29:1fake-stranger',
    };
    const { reply, others } = await post(personalMessage(connector, stranger, text));
    expect(reply.activity.text).toBe(english('card.replies.notOnATeam'));
    expect(others).toEqual([]);
  });
});

describe('someone on two teams, in a personal chat', () => {
  async function twoTeams(): Promise<{ first: BotTeam; second: BotTeam; person: BotPerson }> {
    const first = await createBotTeam(service.repos, connector, { memberCount: 1 });
    const second = await createBotTeam(service.repos, connector, { memberCount: 1 });
    await service.repos.teams.update(first, (team) => ({ ...team, name: 'Platform' }));
    await service.repos.teams.update(second, (team) => ({ ...team, name: 'Mobile' }));
    const person = first.people[1] as BotPerson;
    await addToTeam(service.repos, second, person);
    return { first, second, person };
  }

  it.each(TEAM_COMMANDS)(
    '%s gets the "which team?" card, and pressing a team runs it there',
    async (name) => {
      const { first, second, person } = await twoTeams();
      const { reply } = await post(personalMessage(connector, person, name));
      const choices = elementsOf(cardOf(reply)).filter((e) => e['type'] === 'Action.Execute');
      expect(choices).toMatchObject([
        { title: 'Platform', verb: 'chooseTeam', data: { command: name, teamId: first.teamId } },
        { title: 'Mobile', verb: 'chooseTeam', data: { command: name, teamId: second.teamId } },
      ]);

      const answer = await postInvoke(
        service.url,
        cardInvoke(connector, person, 'chooseTeam', { command: name, teamId: second.teamId }),
      );
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ statusCode: 200, type: ADAPTIVE_CARD });
      const ran = answer.body.value as AdaptiveCard;
      expect(elementsOf(ran).some((e) => e['verb'] === 'chooseTeam')).toBe(false);
      expect(JSON.stringify(ran)).not.toContain(first.teamId);
    },
  );
});

describe('tasks', () => {
  let sequence = 0;

  function task(team: BotTeam, patch: Partial<Task>): Task {
    sequence += 1;
    const at = '2026-05-20T09:00:00.000Z';
    return {
      tenantId: team.tenantId,
      teamId: team.teamId,
      id: `task-${sequence}`,
      title: `Task ${sequence}`,
      description: '',
      status: 'todo',
      tags: [],
      blockedReason: '',
      statusChangedAt: at,
      createdBy: team.leader.userId,
      createdAt: at,
      updatedAt: at,
      ...patch,
    };
  }

  async function goal(team: BotTeam, statement: string): Promise<Goal> {
    sequence += 1;
    const at = '2026-05-01T09:00:00.000Z';
    const value: Goal = {
      tenantId: team.tenantId,
      teamId: team.teamId,
      id: `goal-${sequence}`,
      ownerId: team.leader.userId,
      statement,
      description: '',
      status: 'active',
      createdBy: team.leader.userId,
      createdAt: at,
      updatedAt: at,
    };
    await service.repos.goals.insert(value);
    return value;
  }

  async function insertTasks(...tasks: Task[]): Promise<void> {
    for (const t of tasks) await service.repos.tasks.insert(t);
  }

  it('lists the person’s open tasks by status with due dates, goals and links, and recent done work', async () => {
    const { team, person } = await oneTeamMember();
    const other = team.people[2] as BotPerson;
    const launch = await goal(team, 'Launch the help centre by July');
    const mine = { assigneeId: person.userId };
    const writing = task(team, { ...mine, status: 'doing', title: 'Write the FAQ', goalId: launch.id });
    const late = task(team, { ...mine, title: 'Tag old tickets', dueDate: '2026-06-01' });
    const stuck = task(team, {
      ...mine,
      status: 'blocked',
      title: 'Migrate the inbox',
      blockedReason: 'Waiting on IT',
      blockedSince: '2026-05-30T09:00:00.000Z',
    });
    const later = task(team, { ...mine, title: 'Plan the retro', dueDate: '2026-06-20' });
    const justDone = task(team, {
      ...mine,
      status: 'done',
      title: 'Ship the macros',
      completedAt: '2026-06-01T15:00:00.000Z',
    });
    const longDone = task(team, {
      ...mine,
      status: 'done',
      title: 'Old work',
      completedAt: '2026-05-01T15:00:00.000Z',
    });
    const theirs = task(team, { assigneeId: other.userId, title: 'Someone else’s task' });
    const nobodys = task(team, { title: 'Unassigned task' });
    await insertTasks(writing, late, stuck, later, justDone, longDone, theirs, nobodys);

    const { reply } = await post(personalMessage(connector, person, 'tasks'));
    const card = cardOf(reply);
    const shown = texts(card);
    expect(shown.slice(0, 2)).toEqual(['Your open tasks', 'Bot test team · 4 open tasks, 1 overdue']);
    const order = [
      'Doing (1)',
      'Write the FAQ',
      'Goal: Launch the help centre by July',
      'Blocked (1)',
      'Migrate the inbox',
      'Blocked: Waiting on IT',
      'To do (2)',
      'Tag old tickets',
      'Overdue: was due Mon 1 Jun',
      'Plan the retro',
      'Due Sat 20 Jun',
      'Done lately',
      'Ship the macros',
      'Done Mon 1 Jun',
    ];
    expect(shown.filter((text) => order.includes(text))).toEqual(order);
    for (const hidden of ['Old work', 'Someone else’s task', 'Unassigned task']) {
      expect(shown).not.toContain(hidden);
    }

    const opens = elementsOf(card).filter((e) => e['type'] === 'Action.OpenUrl');
    expect(opens.map((e) => [e['title'], e['url']])).toEqual([
      ...[writing, stuck, late, later].map((t) => [
        'Open',
        localHostLink(service.url, { kind: 'task', taskId: t.id }),
      ]),
      ['Open the board', `${service.url}/host`],
    ]);
    expect(elementsOf(card).filter((e) => e['type'] === 'Action.Execute')).toMatchObject([
      { verb: 'reviewRequest', data: { teamId: team.teamId, taskId: justDone.id } },
    ]);
  });

  it('says there is nothing open, with a link to the board', async () => {
    const { team, person } = await oneTeamMember();
    await insertTasks(task(team, { assigneeId: team.leader.userId, title: 'Not mine' }));
    const { reply } = await post(personalMessage(connector, person, 'tasks'));
    const card = cardOf(reply);
    expect(texts(card)[0]).toBe('No open tasks');
    expect(reply.activity.summary).toBe('No open tasks');
    expect(card.actions).toMatchObject([{ type: 'Action.OpenUrl', url: `${service.url}/host` }]);
  });

  it('answers in the channel thread when asked there, for that channel’s team', async () => {
    const { team, person } = await oneTeamMember();
    await insertTasks(task(team, { assigneeId: person.userId, title: 'Channel task' }));
    const message = channelMessage(connector, team, person, 'tasks');
    const { reply, others } = await post(message);
    expect(reply.conversationId).toContain(';messageid=');
    expect(texts(cardOf(reply))).toContain('Channel task');
    expect(others).toEqual([]);
  });

  it('lists the chosen team’s tasks for someone on two teams', async () => {
    const first = await createBotTeam(service.repos, connector, { memberCount: 1 });
    const second = await createBotTeam(service.repos, connector, { memberCount: 1 });
    const person = first.people[1] as BotPerson;
    await addToTeam(service.repos, second, person);
    await insertTasks(
      task(first, { assigneeId: person.userId, title: 'First team task' }),
      task(second, { assigneeId: person.userId, title: 'Second team task' }),
    );
    const answer = await postInvoke(
      service.url,
      cardInvoke(connector, person, 'chooseTeam', { command: 'tasks', teamId: second.teamId }),
    );
    const shown = texts(answer.body.value as AdaptiveCard);
    expect(shown).toContain('Second team task');
    expect(shown).not.toContain('First team task');
  });

  it('keeps a long list under the card size limit and points to the board for the rest', async () => {
    const { team, person } = await oneTeamMember();
    await insertTasks(
      ...Array.from({ length: 30 }, (_, i) =>
        task(team, { assigneeId: person.userId, title: `Bulk ${i} ${'x'.repeat(150)}` }),
      ),
    );
    const { reply } = await post(personalMessage(connector, person, 'tasks'));
    const card = cardOf(reply);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28 * 1024);
    expect(texts(card)).toContain('And 10 more on the board.');
  });
});
