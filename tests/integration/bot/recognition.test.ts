import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryResponse } from '../../../shared/api/history.ts';
import { apiPaths } from '../../../shared/api/routes.ts';
import type { Versioned } from '../../../shared/api/versioned.ts';
import { DEFAULT_TEAM_VALUES } from '../../../shared/domain/default-values.ts';
import type { Goal } from '../../../shared/domain/goal.ts';
import type { Task } from '../../../shared/domain/task.ts';
import { apiClient } from '../../support/api-client.ts';
import {
  cardInvoke,
  cardSubmit,
  channelMessage,
  createBotTeam,
  personalMessage,
  postInvoke,
  type BotPerson,
  type BotTeam,
  type InvokeAnswer,
} from '../../support/bot-team.ts';
import { postActivity } from '../../support/post-activity.ts';
import {
  startRecordingConnector,
  type RecordingConnector,
  type SentActivity,
} from '../../support/recording-connector.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';
import { repliesWorkText } from '../../../shared/cards/i18n/replies-work-text.ts';

/** The bot's English replies, as the catalog has them. */
const english = repliesWorkText('en-US');

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

interface CardElement {
  type: string;
  id?: string;
  text?: string;
  value?: string;
  choices?: Array<{ title: string; value: string }>;
  [key: string]: unknown;
}
interface CardJson {
  type: 'AdaptiveCard';
  version: string;
  body: CardElement[];
  actions?: Array<{
    type: string;
    title: string;
    verb?: string;
    url?: string;
    data?: Record<string, unknown>;
  }>;
  msteams?: { entities?: Array<{ type: string; text: string; mentioned: { id: string; name: string } }> };
}

let connector: RecordingConnector;
let service: TestService;
let team: BotTeam;
let alice: BotPerson;
let bob: BotPerson;
let carol: BotPerson;
let task: Versioned<Task>;
let goal: Versioned<Goal>;
let foreignTask: Versioned<Task>;

beforeAll(async () => {
  connector = await startRecordingConnector();
  service = await startTestService();
  team = await createBotTeam(service.repos, connector, { memberCount: 3 });
  [alice, bob, carol] = team.people as [BotPerson, BotPerson, BotPerson];
  const asAlice = apiClient(service.url, await service.tokenFor(team.tenantId, alice.userId));
  goal = (await asAlice.post<Versioned<Goal>>(apiPaths.goals(team.teamId), { statement: 'Ship v2 by June' }))
    .body;
  task = (
    await asAlice.post<Versioned<Task>>(apiPaths.tasks(team.teamId), {
      title: 'Write the *rollback* plan',
      goalId: goal.id,
    })
  ).body;
  const other = await createBotTeam(service.repos, connector, { memberCount: 1 });
  const asOther = apiClient(service.url, await service.tokenFor(other.tenantId, other.leader.userId));
  foreignTask = (await asOther.post<Versioned<Task>>(apiPaths.tasks(other.teamId), { title: 'Theirs' })).body;
  expect([goal.id, task.id, foreignTask.id].every(Boolean)).toBe(true);
});
beforeEach(() => connector.reset());
afterEach(() => connector.reset());
afterAll(async () => {
  await service.close();
  await connector.close();
});

function cardOf(sent: SentActivity | undefined): CardJson {
  expect(sent?.activity.type).toBe('message');
  const attachments = sent?.activity.attachments ?? [];
  expect(attachments).toHaveLength(1);
  expect(attachments[0]?.contentType).toBe(ADAPTIVE_CARD);
  return attachments[0]?.content as CardJson;
}

function answeredCard(answer: InvokeAnswer): CardJson {
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({ statusCode: 200, type: ADAPTIVE_CARD });
  return answer.body.value as CardJson;
}

function element(card: CardJson, id: string): CardElement {
  const found = card.body.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`the card has no ${id}: ${JSON.stringify(card.body.map((e) => e.id))}`);
  return found;
}

function texts(card: CardJson): string {
  return card.body
    .flatMap((candidate) => (candidate.type === 'TextBlock' ? [candidate.text ?? ''] : []))
    .join('\n');
}

/** The channel posts: new messages in the team's channel conversation, not replies in a thread. */
function channelPosts(): SentActivity[] {
  return connector
    .sentActivities()
    .filter((sent) => sent.conversationId === team.channelId && !sent.replyToId);
}

async function composeCard(person: BotPerson = alice): Promise<CardJson> {
  const res = await postActivity(service.url, personalMessage(connector, person, 'recognize'));
  expect(res.status).toBe(200);
  const [reply] = connector.sentActivities();
  connector.reset();
  return cardOf(reply);
}

function draftOf(card: CardJson): { teamId: string; draftId: string } {
  const data = card.actions?.[0]?.data as { teamId: string; draftId: string };
  expect(card.actions?.[0]).toMatchObject({ type: 'Action.Execute', verb: 'recognitionSend' });
  return data;
}

const MESSAGE =
  'Walked the *whole* team through the rollback plan. <at>Mallory</at> [x](https://evil.example)';

function press(person: BotPerson, data: Record<string, unknown>) {
  return postInvoke(service.url, cardInvoke(connector, person, 'recognitionSend', data));
}

async function historyOf(viewer: BotPerson, person: BotPerson): Promise<HistoryResponse> {
  const client = apiClient(service.url, await service.tokenFor(team.tenantId, viewer.userId));
  const res = await client.get<HistoryResponse>(apiPaths.history(team.teamId, person.userId));
  expect(res.status).toBe(200);
  return res.body;
}

async function storedRecognitionCount(): Promise<number> {
  return (await service.repos.recognition.listAll(team)).length;
}

describe('recognize', () => {
  it('answers in a personal chat with the compose card: teammates but not me, values, work to link', async () => {
    const card = await composeCard();
    expect(card.version).toBe('1.5');
    const people = element(card, 'recipientIds');
    expect(people).toMatchObject({ type: 'Input.ChoiceSet', isMultiSelect: true });
    expect(people.choices?.map((c) => c.value).sort()).toEqual(
      team.people
        .filter((p) => p !== alice)
        .map((p) => p.userId)
        .sort(),
    );
    expect(element(card, 'valueId').choices?.map((c) => c.value)).toEqual(
      DEFAULT_TEAM_VALUES.map((v) => v.id),
    );
    expect(element(card, 'message')).toMatchObject({
      type: 'Input.Text',
      isMultiline: true,
      isRequired: true,
    });
    expect(element(card, 'link').choices).toEqual(
      expect.arrayContaining([
        { title: `Goal: ${goal.statement}`, value: `goal:${goal.id}` },
        { title: `Task: ${task.title}`, value: `task:${task.id}` },
      ]),
    );
    const draft = draftOf(card);
    expect(draft.teamId).toBe(team.teamId);
    expect(draft.draftId).toEqual(expect.any(String));
    expect(draftOf(await composeCard()).draftId).not.toBe(draft.draftId);
  });

  it('from a channel, sends the compose card to the 1:1 chat and says so in the thread', async () => {
    const activity = channelMessage(connector, team, bob, 'Recognize');
    const res = await postActivity(service.url, activity);
    expect(res.status).toBe(200);
    const created = connector.requests().filter((r) => r.method === 'POST' && r.path === '/v3/conversations');
    expect(created).toHaveLength(1);
    expect(created[0]?.body).toMatchObject({ members: [{ id: bob.teamsUserId }] });
    const sent = connector.sentActivities();
    expect(sent).toHaveLength(2);
    const privateCard = sent.find((s) => s.conversationId.startsWith('a:1fake-personal-conversation'));
    expect(element(cardOf(privateCard), 'recipientIds').choices?.map((c) => c.value)).not.toContain(
      bob.userId,
    );
    const threadReply = sent.find((s) => s.replyToId === activity.id);
    expect(threadReply?.activity.text).toBe(english('card.repliesWork.recognition.sentPrivately'));
    expect(channelPosts()).toHaveLength(0);
  });
});

describe('recognize on a team of one', () => {
  it('says there is no one to recognise instead of an empty card', async () => {
    const alone = await createBotTeam(service.repos, connector, { memberCount: 0 });
    connector.reset();
    const res = await postActivity(service.url, personalMessage(connector, alone.leader, 'recognize'));
    expect(res.status).toBe(200);
    const [reply] = connector.sentActivities();
    expect(reply?.activity.attachments).toBeUndefined();
    expect(reply?.activity.text).toBe(english('card.repliesWork.recognition.noTeammates'));
  });
});

describe('recognitionSend', () => {
  it('posts once in the team’s channel with real mentions, stores it, and shows it in history', async () => {
    const draft = draftOf(await composeCard());
    const answer = await press(alice, {
      ...draft,
      recipientIds: `${bob.userId},${carol.userId}`,
      valueId: 'teamwork',
      message: MESSAGE,
      link: `task:${task.id}`,
    });

    const sentCard = answeredCard(answer);
    expect(texts(sentCard)).toContain('Recognition posted in Bot test team');
    expect(texts(sentCard)).toContain('Bob Builder and Carol Chen');
    const posts = channelPosts();
    expect(posts).toHaveLength(1);
    expect(connector.sentActivities()).toHaveLength(1);
    const post = cardOf(posts[0]);
    const mentions = post.msteams?.entities ?? [];
    expect(mentions.map((m) => m.mentioned.id)).toEqual([bob.teamsUserId, carol.teamsUserId]);
    const postText = texts(post);
    for (const mention of mentions) {
      expect(mention.type).toBe('mention');
      expect(postText).toContain(mention.text);
    }
    expect(postText).toContain('🤝 Teamwork');
    expect(postText).toContain('Alice Leader recognised');
    expect(postText).not.toContain('<at>Mallory</at>');
    expect(postText).not.toContain('](https');
    expect(postText).toContain('Task: Write the \\*rollback\\* plan');
    expect(post.actions).toEqual([
      expect.objectContaining({
        type: 'Action.OpenUrl',
        title: 'Open task',
        url: expect.stringContaining(task.id),
      }),
    ]);

    const stored = (await service.repos.recognition.listAll(team)).map((row) => row.value);
    const recognition = stored.find((r) => r.message === MESSAGE.trim());
    expect(recognition).toMatchObject({
      giverId: alice.userId,
      recipientIds: [bob.userId, carol.userId],
      valueId: 'teamwork',
      link: { kind: 'task', id: task.id },
    });
    const history = await historyOf(carol, bob);
    expect(history.items[0]).toMatchObject({
      kind: 'recognition-received',
      recognition: { id: recognition?.id },
    });
    expect((await historyOf(alice, alice)).items[0]).toMatchObject({
      kind: 'recognition-given',
      recognition: { id: recognition?.id },
    });
  });

  it('pressing Send twice, or the same press delivered twice, stores and posts once', async () => {
    const draft = draftOf(await composeCard());
    const data = { ...draft, recipientIds: bob.userId, valueId: 'craft', message: `Twice ${Date.now()}` };
    const before = await storedRecognitionCount();
    const first = cardInvoke(connector, alice, 'recognitionSend', data);
    const answers = [
      await postInvoke(service.url, first),
      await press(alice, data),
      await postInvoke(service.url, first),
    ];
    for (const answer of answers) expect(texts(answeredCard(answer))).toContain('Recognition posted');
    expect(channelPosts()).toHaveLength(1);
    expect(await storedRecognitionCount()).toBe(before + 1);
  });

  it('two presses at the same moment still post once', async () => {
    const draft = draftOf(await composeCard());
    const data = {
      ...draft,
      recipientIds: carol.userId,
      valueId: 'learning',
      message: `Racing ${Date.now()}`,
    };
    const before = await storedRecognitionCount();
    const answers = await Promise.all([press(alice, data), press(alice, data), press(alice, data)]);
    for (const answer of answers) expect(answer.status).toBe(200);
    expect(channelPosts()).toHaveLength(1);
    expect(await storedRecognitionCount()).toBe(before + 1);
  });

  type Typed = { recipientIds: string; valueId: string; message: string; link: string };
  const BAD_INPUT: Array<[string, (typed: Typed) => Typed, string, () => BotPerson]> = [
    ['no one picked', (t) => ({ ...t, recipientIds: '' }), 'recipientIds', () => alice],
    [
      'the sender themself',
      (t) => ({ ...t, recipientIds: `${carol.userId},${bob.userId}` }),
      'recipientIds',
      () => bob,
    ],
    ['an unknown value', (t) => ({ ...t, valueId: 'not-a-value' }), 'valueId', () => alice],
    ['an empty message', (t) => ({ ...t, message: '   ' }), 'message', () => alice],
    ['a task of another team', (t) => ({ ...t, link: `task:${foreignTask.id}` }), 'link', () => alice],
  ];

  it.each(BAD_INPUT)(
    'with %s, comes back as the compose card with the error under its field, inputs kept',
    async (_name, change, field, actorOf) => {
      const actor = actorOf();
      const draft = draftOf(await composeCard(actor));
      const typed = change({
        recipientIds: carol.userId,
        valueId: 'ownership',
        message: 'Kept what I typed',
        link: `goal:${goal.id}`,
      });
      const before = await storedRecognitionCount();

      const card = answeredCard(await press(actor, { ...draft, ...typed }));

      const index = card.body.findIndex((candidate) => candidate.id === field);
      expect(card.body[index + 1]).toMatchObject({
        type: 'TextBlock',
        id: `${field}Error`,
        color: 'Attention',
      });
      expect(element(card, 'recipientIds').value).toBe(typed.recipientIds);
      expect(element(card, 'valueId').value).toBe(typed.valueId);
      expect(element(card, 'message').value).toBe(typed.message);
      expect(element(card, 'link').value).toBe(typed.link);
      expect(draftOf(card).draftId).toBe(draft.draftId);
      expect(channelPosts()).toHaveLength(0);
      expect(await storedRecognitionCount()).toBe(before);
    },
  );

  it('when Teams refuses the post, keeps it in history, says so, and a retry posts it once', async () => {
    const draft = draftOf(await composeCard());
    const data = {
      ...draft,
      recipientIds: bob.userId,
      valueId: 'ownership',
      message: `Refused ${Date.now()}`,
    };
    connector.failNext(`/v3/conversations/${team.channelId}/activities`, 403);

    const refused = answeredCard(await press(alice, data));

    expect(texts(refused)).toContain('not posted');
    expect(channelPosts()).toHaveLength(0);
    const history = await historyOf(alice, bob);
    expect(history.items[0]).toMatchObject({
      kind: 'recognition-received',
      recognition: { message: data.message },
    });
    const retry = refused.actions?.find((action) => action.verb === 'recognitionSend');
    expect(retry?.data).toMatchObject({ draftId: draft.draftId });

    const again = answeredCard(await press(alice, retry?.data ?? {}));
    expect(texts(again)).toContain('Recognition posted');
    expect(answeredCard(await press(alice, retry?.data ?? {})).body[0]?.text).toContain('Recognition posted');
    expect(channelPosts()).toHaveLength(1);
    const rows = (await service.repos.recognition.listAll(team)).filter(
      (r) => r.value.message === data.message,
    );
    expect(rows).toHaveLength(1);
  });

  it('works through the Action.Submit fallback too, updating the compose card in place', async () => {
    const draft = draftOf(await composeCard());
    const data = {
      ...draft,
      recipientIds: carol.userId,
      valueId: 'craft',
      message: `Fallback ${Date.now()}`,
    };
    const res = await postActivity(
      service.url,
      cardSubmit(connector, alice, 'recognitionSend', data, '1736175609999'),
    );
    expect(res.status).toBe(200);
    expect(channelPosts()).toHaveLength(1);
    const [updated] = connector.updatedActivities();
    expect(updated?.activityId).toBe('1736175609999');
    expect(
      texts(cardOf({ ...updated, id: '', activity: updated?.activity ?? { type: '' } } as SentActivity)),
    ).toContain('Recognition posted');
  });
});
