import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Task } from '../../../shared/domain/task.ts';
import {
  cardInvoke,
  cardSubmit,
  channelMessage,
  createBotTeam,
  personalMessage,
  postInvoke,
  type BotPerson,
  type BotTeam,
} from '../../support/bot-team.ts';
import { captureLogs } from '../../support/captured-logs.ts';
import {
  addTask,
  cardInputs,
  cardOfActivity,
  cardOfInvoke,
  cardOfSent,
  cardTexts,
  inputValues,
  submission,
  type CardJson,
} from '../../support/check-in-cards.ts';
import { postActivity } from '../../support/post-activity.ts';
import { startRecordingConnector, type RecordingConnector } from '../../support/recording-connector.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';
import { repliesText } from '../../../shared/cards/i18n/replies-text.ts';

/** The bot's English replies, as the catalog has them. */
const english = repliesText('en-US');

const NY = 'America/New_York';
/** Tuesday 10 March 2026, 10:00 in New York: week 11's check-in (Monday 09:00, 72 h) is open. */
const TUESDAY = '2026-03-10T14:00:00.000Z';
const DEADLINE_TEXT = 'Thursday, Mar 12, 9:00 AM EDT';

const logs = captureLogs('warn');
let connector: RecordingConnector;
let service: TestService;
let now = new Date(TUESDAY);

beforeAll(async () => {
  connector = await startRecordingConnector();
  service = await startTestService({ now: () => new Date(now), logger: logs.logger });
});
beforeEach(() => {
  now = new Date(TUESDAY);
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
  dan: BotPerson;
  tasks: { export: Task; notes: Task; review: Task; shipped: Task; carols: Task };
}

async function scene(): Promise<Scene> {
  const team = await createBotTeam(service.repos, connector, {
    memberCount: 3,
    timeZones: [NY],
    now: new Date(TUESDAY),
    settings: { questions: [{ id: 'q1', text: 'What did you learn?' }] },
  });
  const [leader, bob, carol, dan] = team.people as [BotPerson, BotPerson, BotPerson, BotPerson];
  const repos = service.repos;
  const tasks = {
    export: await addTask(repos, team, bob, 'Fix the export', 'doing'),
    notes: await addTask(repos, team, bob, 'Write the release notes', 'todo'),
    review: await addTask(repos, team, bob, 'Review the API', 'todo'),
    shipped: await addTask(repos, team, bob, 'Already shipped', 'done'),
    carols: await addTask(repos, team, carol, 'Carol’s own task', 'todo'),
  };
  return { team, leader, bob, carol, dan, tasks };
}

/** An invoke from the person's 1:1 chat, with their own clock as Teams reports it. */
function invoke(person: BotPerson, verb: string, data: Record<string, unknown>, trigger = 'manual') {
  return cardInvoke(connector, person, verb, data, { trigger, localTimezone: person.timeZone });
}

/** `checkin` in the person's 1:1 chat: the card it replies with. */
async function checkinCard(person: BotPerson): Promise<CardJson> {
  const res = await postActivity(service.url, personalMessage(connector, person, 'checkin'));
  expect(res.status).toBe(200);
  const card = cardOfSent(connector.sentActivities().at(-1));
  connector.reset();
  return card;
}

async function submit(person: BotPerson, data: Record<string, unknown>): Promise<CardJson> {
  const answer = await postInvoke(service.url, invoke(person, 'checkinSubmit', data));
  expect(answer.status).toBe(200);
  return cardOfInvoke(answer.body);
}

function taskIds(card: CardJson): string[] {
  return cardInputs(card)
    .map((node) => String(node['id']))
    .filter((id) => id.startsWith('task.'))
    .map((id) => id.slice('task.'.length));
}

async function statusOf(s: Scene, task: Task): Promise<string | undefined> {
  return (await service.repos.tasks.get(s.team.team, task.id))?.value.status;
}

describe('the checkin command', () => {
  it('replies in a personal chat with the open card for this week: the member’s open tasks and the deadline', async () => {
    const s = await scene();
    const card = await checkinCard(s.bob);

    expect(card.version).toBe('1.5');
    expect(taskIds(card).sort()).toEqual([s.tasks.export.id, s.tasks.notes.id, s.tasks.review.id].sort());
    expect(inputValues(card)[`task.${s.tasks.export.id}`]).toBe('doing');
    expect(cardTexts(card)).toContain(`Open until ${DEADLINE_TEXT}.`);
    expect(cardTexts(card)).toContain('Bob Builder, week 11 of 2026');
    expect(card.refresh).toMatchObject({
      action: {
        verb: 'checkinRefresh',
        data: { teamId: s.team.teamId, week: '2026-W11', userId: s.bob.userId },
      },
      userIds: [s.bob.teamsUserId],
    });
    const helpChoices = cardInputs(card).find((node) => node['id'] === 'helpFrom')?.['choices'];
    expect(helpChoices).toEqual([
      { title: 'Nobody', value: 'nobody' },
      ...[s.leader, s.carol, s.dan].map((person) => ({ title: person.name, value: person.userId })),
    ]);
  });

  it('in a channel, sends the card in a private chat and says so in the thread', async () => {
    const s = await scene();
    const message = channelMessage(connector, s.team, s.bob, 'checkin');

    expect((await postActivity(service.url, message)).status).toBe(200);

    const requests = connector.requests();
    expect(requests[0]).toMatchObject({
      method: 'POST',
      path: '/v3/conversations',
      body: { isGroup: false, members: [{ id: s.bob.teamsUserId }] },
    });
    const [privateCard, threadReply] = connector.sentActivities();
    expect(privateCard?.conversationId).toMatch(/^a:1fake-personal-conversation-/);
    expect(cardTexts(cardOfSent(privateCard))).toContain(`Open until ${DEADLINE_TEXT}.`);
    expect(threadReply).toMatchObject({
      conversationId: message.conversation?.id,
      replyToId: message.id,
      activity: { text: english('card.replies.checkInSentPrivately') },
    });
    expect(connector.sentActivities()).toHaveLength(2);
  });

  it('still gives a paused member their card on demand, mentioning the pause', async () => {
    const s = await scene();
    await service.repos.members.update(s.team.team, s.bob.userId, (member) => ({
      ...member,
      pausedUntil: '2026-03-20',
    }));
    const card = await checkinCard(s.bob);
    expect(cardTexts(card)).toContain(
      'Your check\\-ins are paused until Friday, Mar 20\\. You can still check in now\\.',
    );
    expect(taskIds(card)).toHaveLength(3);
  });
});

describe('submitting the check-in', () => {
  it('stores the answer, moves the tasks on the board and answers “Submitted” with the deadline', async () => {
    const s = await scene();
    const card = await checkinCard(s.bob);

    const answered = await submit(
      s.bob,
      submission(card, {
        [`task.${s.tasks.export.id}`]: 'done',
        [`task.${s.tasks.review.id}`]: 'blocked',
        blockers: 'Waiting for API access\n- Need a test tenant',
        wins: 'Shipped the importer',
        confidence: '4',
        'question.q1': 'Feature flags',
      }),
    );

    expect(cardTexts(answered)).toContain(`Submitted — you can edit until ${DEADLINE_TEXT}.`);
    expect(answered.actions?.[0]).toMatchObject({ title: 'Update', verb: 'checkinSubmit' });
    expect(inputValues(answered)).toMatchObject({
      [`task.${s.tasks.export.id}`]: 'done',
      [`task.${s.tasks.review.id}`]: 'blocked',
      confidence: '4',
      blockers: 'Waiting for API access\nNeed a test tenant',
    });

    const stored = (await service.repos.checkIns.get(s.team.team, '2026-W11', s.bob.userId))?.value;
    expect(stored).toMatchObject({
      confidence: 4,
      wins: ['Shipped the importer'],
      blockers: [
        { text: 'Waiting for API access', taskId: s.tasks.review.id },
        { text: 'Need a test tenant', taskId: s.tasks.review.id },
      ],
      answers: [{ questionId: 'q1', answer: 'Feature flags' }],
      submittedAt: TUESDAY,
      updatedAt: TUESDAY,
    });
    expect(stored?.taskUpdates).toEqual(
      expect.arrayContaining([
        { taskId: s.tasks.export.id, status: 'done', note: '' },
        { taskId: s.tasks.review.id, status: 'blocked', note: '' },
        { taskId: s.tasks.notes.id, status: 'todo', note: '' },
      ]),
    );

    const board = await service.repos.tasks.list(s.team.team);
    const byId = new Map(board.map((task) => [task.value.id, task.value]));
    expect(byId.get(s.tasks.export.id)).toMatchObject({ status: 'done', completedAt: TUESDAY });
    expect(byId.get(s.tasks.review.id)).toMatchObject({
      status: 'blocked',
      blockedSince: TUESDAY,
      blockedReason: 'Waiting for API access; Need a test tenant',
    });
    expect(byId.get(s.tasks.notes.id)).toMatchObject({ status: 'todo', updatedAt: s.tasks.notes.updatedAt });
    expect(byId.get(s.tasks.carols.id)).toEqual(s.tasks.carols);
  });

  it('edits the same check-in on a second submit: one row, new values, submittedAt kept', async () => {
    const s = await scene();
    const first = await submit(s.bob, submission(await checkinCard(s.bob), { confidence: '2', wins: 'One' }));
    now = new Date('2026-03-11T15:00:00.000Z');

    const second = await submit(
      s.bob,
      submission(first, { confidence: '5', wins: 'Two\nThree', [`task.${s.tasks.notes.id}`]: 'doing' }),
    );

    const rows = await service.repos.checkIns.listWeek(s.team.team, '2026-W11');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.value).toMatchObject({
      confidence: 5,
      wins: ['Two', 'Three'],
      submittedAt: TUESDAY,
      updatedAt: '2026-03-11T15:00:00.000Z',
    });
    expect(await statusOf(s, s.tasks.notes)).toBe('doing');
    expect(inputValues(second)).toMatchObject({ confidence: '5', wins: 'Two\nThree' });
  });

  it('after the deadline answers with the read-only card and writes nothing', async () => {
    const s = await scene();
    const card = await checkinCard(s.bob);
    now = new Date('2026-03-12T13:00:00.000Z');

    const closed = await submit(
      s.bob,
      submission(card, { confidence: '3', [`task.${s.tasks.export.id}`]: 'done' }),
    );

    expect(cardInputs(closed)).toEqual([]);
    expect(closed.actions).toBeUndefined();
    expect(cardTexts(closed)).toContain(`The window closed at ${DEADLINE_TEXT}.`);
    expect(cardTexts(closed)).toContain('The next check-in opens Monday, Mar 16, 9:00 AM EDT.');
    expect(await service.repos.checkIns.get(s.team.team, '2026-W11', s.bob.userId)).toBeUndefined();
    expect(await statusOf(s, s.tasks.export)).toBe('doing');
  });

  it('names the field and writes nothing when confidence is missing or out of range', async () => {
    const s = await scene();
    const card = await checkinCard(s.bob);

    const missing = await submit(s.bob, submission(card, { blockers: 'Kept text', confidence: '' }));
    expect(cardTexts(missing)).toContain('Confidence: choose how confident you are, from 1 to 5\\.');
    expect(cardTexts(missing)).toContain('Nothing was saved. Please fix the field marked below.');
    expect(inputValues(missing)).toMatchObject({ blockers: 'Kept text' });

    const outOfRange = await submit(
      s.bob,
      submission(card, { confidence: '7', [`task.${s.tasks.export.id}`]: 'done' }),
    );
    expect(cardTexts(outOfRange)).toContain('Confidence: 7 is not a choice; choose a number from 1 to 5\\.');
    expect(inputValues(outOfRange)).toMatchObject({ [`task.${s.tasks.export.id}`]: 'done' });

    expect(await service.repos.checkIns.get(s.team.team, '2026-W11', s.bob.userId)).toBeUndefined();
    expect(await statusOf(s, s.tasks.export)).toBe('doing');
  });

  it('does not undo a move made in the tab after the card was sent, for a status left untouched', async () => {
    const s = await scene();
    const card = await checkinCard(s.bob);
    await service.repos.tasks.update(s.team.team, s.tasks.notes.id, (task) => ({ ...task, status: 'doing' }));

    await submit(s.bob, submission(card, { confidence: '3' }));

    expect(await statusOf(s, s.tasks.notes)).toBe('doing');
  });

  it('refuses to submit someone else’s check-in', async () => {
    const s = await scene();
    const card = await checkinCard(s.bob);
    const answer = await postInvoke(
      service.url,
      invoke(s.carol, 'checkinSubmit', submission(card, { confidence: '1' })),
    );
    expect(answer.body).toMatchObject({
      type: 'application/vnd.microsoft.activity.message',
      value: english('card.replies.notYourCheckIn'),
    });
    expect(await service.repos.checkIns.get(s.team.team, '2026-W11', s.bob.userId)).toBeUndefined();
    expect(await service.repos.checkIns.get(s.team.team, '2026-W11', s.carol.userId)).toBeUndefined();
  });
});

describe('refreshing the card', () => {
  it('shows the answered state on another device', async () => {
    const s = await scene();
    const card = await checkinCard(s.bob);
    await submit(s.bob, submission(card, { confidence: '4', wins: 'Paired with Carol' }));

    const refreshed = await postInvoke(
      service.url,
      invoke(s.bob, 'checkinRefresh', card.refresh?.action.data ?? {}, 'automatic'),
    );

    const other = cardOfInvoke(refreshed.body);
    expect(cardTexts(other)).toContain(`Submitted — you can edit until ${DEADLINE_TEXT}.`);
    expect(inputValues(other)).toMatchObject({ confidence: '4', wins: 'Paired with Carol' });
  });

  it('turns read-only once the window closed', async () => {
    const s = await scene();
    const card = await checkinCard(s.bob);
    await submit(s.bob, submission(card, { confidence: '4' }));
    now = new Date('2026-03-13T12:00:00.000Z');

    const refreshed = cardOfInvoke(
      (
        await postInvoke(
          service.url,
          invoke(s.bob, 'checkinRefresh', card.refresh?.action.data ?? {}, 'automatic'),
        )
      ).body,
    );
    expect(cardInputs(refreshed)).toEqual([]);
    expect(cardTexts(refreshed)).toEqual(expect.arrayContaining(['Confidence', '4 of 5']));
  });

  it('never gives another person the member’s editable card: a leader reads, a teammate is told', async () => {
    const s = await scene();
    const card = await checkinCard(s.bob);
    await submit(s.bob, submission(card, { confidence: '4' }));
    const data = card.refresh?.action.data ?? {};

    const asLeader = cardOfInvoke(
      (await postInvoke(service.url, invoke(s.leader, 'checkinRefresh', data))).body,
    );
    expect(cardInputs(asLeader)).toEqual([]);
    expect(asLeader.actions).toBeUndefined();
    expect(cardTexts(asLeader)).toEqual(expect.arrayContaining(['Confidence', '4 of 5']));

    const asTeammate = await postInvoke(service.url, invoke(s.carol, 'checkinRefresh', data));
    expect(asTeammate.body).toMatchObject({ value: english('card.replies.notYourCheckIn') });
  });
});

describe('the Action.Submit fallback', () => {
  it('updates the original message with the submitted card', async () => {
    const s = await scene();
    const card = await checkinCard(s.bob);
    const activity = cardSubmit(
      connector,
      s.bob,
      'checkinSubmit',
      submission(card, { confidence: '3' }),
      '1736175609999',
    );
    activity['localTimezone'] = NY;

    expect((await postActivity(service.url, activity)).status).toBe(200);

    const updates = connector.updatedActivities();
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({
      activityId: '1736175609999',
      conversationId: activity.conversation?.id,
    });
    expect(cardTexts(cardOfActivity(updates[0]!.activity))).toContain(
      `Submitted — you can edit until ${DEADLINE_TEXT}.`,
    );
    expect(connector.sentActivities()).toEqual([]);
    expect((await service.repos.checkIns.get(s.team.team, '2026-W11', s.bob.userId))?.value.confidence).toBe(
      3,
    );
  });
});

describe('asking for help', () => {
  function helpCards() {
    return connector.sentActivities().filter((sent) => sent.activity.summary?.endsWith('asks for your help'));
  }

  it('sends the named teammate one 1:1 card with the blocker and a link to the blocked task, once', async () => {
    const s = await scene();
    const card = await checkinCard(s.bob);
    const data = submission(card, {
      confidence: '2',
      blockers: 'Waiting for *API* access',
      [`task.${s.tasks.review.id}`]: 'blocked',
      helpFrom: s.carol.userId,
      helpNote: 'Can you grant it?',
    });

    const answered = await submit(s.bob, data);

    expect(cardTexts(answered)).toContain('Your request for help went to Carol Chen\\.');
    const created = connector.requests().filter((request) => request.path === '/v3/conversations');
    expect(created).toMatchObject([{ body: { members: [{ id: s.carol.teamsUserId }] } }]);
    const [help] = helpCards();
    const helpCard = cardOfSent(help);
    expect(cardTexts(helpCard)).toEqual(
      expect.arrayContaining([
        'Bob Builder asks for your help',
        '• Waiting for \\*API\\* access',
        'Can you grant it?',
        'Review the API',
      ]),
    );
    expect(helpCard.actions?.[0]).toMatchObject({
      type: 'Action.OpenUrl',
      title: 'Open the task',
      url: expect.stringContaining(encodeURIComponent(`task:${s.tasks.review.id}`)),
    });

    connector.reset();
    await submit(s.bob, { ...data, blockers: 'Still waiting for access' });
    await submit(s.bob, data);
    expect(helpCards()).toEqual([]);

    await submit(s.bob, { ...data, helpFrom: s.dan.userId });
    expect(helpCards()).toHaveLength(1);
    const danCreated = connector.requests().filter((request) => request.path === '/v3/conversations');
    expect(danCreated).toMatchObject([{ body: { members: [{ id: s.dan.teamsUserId }] } }]);

    const withdrawn = await submit(s.bob, { ...data, helpFrom: 'nobody' });
    expect(inputValues(withdrawn)['helpFrom']).toBe('nobody');
    const stored = await service.repos.checkIns.get(s.team.team, '2026-W11', s.bob.userId);
    expect(stored?.value.helpFrom).toBeUndefined();
    expect(helpCards()).toHaveLength(1);
  });

  it('keeps the check-in when the help request cannot be delivered, and says so', async () => {
    const s = await scene();
    const card = await checkinCard(s.bob);
    connector.failNext('/v3/conversations', 403);

    const answered = await submit(s.bob, submission(card, { confidence: '3', helpFrom: s.carol.userId }));

    expect(cardTexts(answered)).toContain(`Submitted — you can edit until ${DEADLINE_TEXT}.`);
    expect(cardTexts(answered)).toContain(
      'Your request for help could not be delivered to Carol Chen\\. Please contact them directly\\.',
    );
    expect((await service.repos.checkIns.get(s.team.team, '2026-W11', s.bob.userId))?.value.helpFrom).toBe(
      s.carol.userId,
    );
    expect(logs.withMessage('1:1 delivery failed')).toMatchObject([{ operation: 'helpRequest' }]);
  });

  it('names the field when the teammate is not on the roster', async () => {
    const s = await scene();
    const card = await checkinCard(s.bob);
    const answered = await submit(
      s.bob,
      submission(card, { confidence: '3', helpFrom: '00000000-0000-4000-8000-00000000dead' }),
    );
    expect(cardTexts(answered)).toContain('Need help from: choose a teammate from the list\\.');
    expect(helpCards()).toEqual([]);
    expect(await service.repos.checkIns.get(s.team.team, '2026-W11', s.bob.userId)).toBeUndefined();
  });
});
