import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryResponse } from '../../../shared/api/history.ts';
import { apiPaths } from '../../../shared/api/routes.ts';
import type { Versioned } from '../../../shared/api/versioned.ts';
import type { Feedback } from '../../../shared/domain/feedback.ts';
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
}
interface CardJson {
  version: string;
  body: CardElement[];
  actions?: Array<{
    type: string;
    title: string;
    verb?: string;
    url?: string;
    data?: Record<string, unknown>;
  }>;
}

const VAGUE = { situation: 'You always do this', behaviour: 'Good job', impact: 'Keep it up' };
const SPECIFIC = {
  situation: 'In Tuesday’s release review with the support leads',
  behaviour: 'you walked everyone through the rollback plan, step by step, with the *runbook* open',
  impact: 'the two open questions were settled in the meeting and we shipped on time',
};

let connector: RecordingConnector;
let service: TestService;
let team: BotTeam;
let alice: BotPerson;
let bob: BotPerson;
let carol: BotPerson;
let task: Versioned<Task>;

beforeAll(async () => {
  connector = await startRecordingConnector();
  service = await startTestService();
  team = await createBotTeam(service.repos, connector, { memberCount: 3 });
  [alice, bob, carol] = team.people as [BotPerson, BotPerson, BotPerson];
  const asAlice = apiClient(service.url, await service.tokenFor(team.tenantId, alice.userId));
  task = (await asAlice.post<Versioned<Task>>(apiPaths.tasks(team.teamId), { title: 'Release 2.1 rollout' }))
    .body;
});
beforeEach(() => connector.reset());
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
  if (!found) throw new Error(`the card has no ${id}`);
  return found;
}

function texts(card: CardJson): string {
  return card.body.flatMap((e) => (e.type === 'TextBlock' ? [e.text ?? ''] : [])).join('\n');
}

/** The text blocks right after an input: its notes. */
function notesAfter(card: CardJson, id: string): string {
  const start = card.body.findIndex((e) => e.id === id);
  const notes: string[] = [];
  for (const e of card.body.slice(start + 1)) {
    if (e.type !== 'TextBlock') break;
    notes.push(e.text ?? '');
  }
  return notes.join('\n');
}

/** `feedback` in Alice's 1:1 chat: the compose card's draft data. */
async function newDraft(
  person: BotPerson = alice,
  words = 'feedback',
): Promise<{ teamId: string; draftId: string }> {
  const res = await postActivity(service.url, personalMessage(connector, person, words));
  expect(res.status).toBe(200);
  const card = cardOf(connector.sentActivities()[0]);
  connector.reset();
  const data = card.actions?.[0]?.data as { teamId: string; draftId: string };
  expect(card.actions?.[0]).toMatchObject({ verb: 'feedbackSend' });
  return data;
}

function press(person: BotPerson, data: Record<string, unknown>) {
  return postInvoke(service.url, cardInvoke(connector, person, 'feedbackSend', data));
}

async function feedbackOf(draftId: string): Promise<Feedback[]> {
  const all = (await service.repos.feedback.listAll(team)).map((row) => row.value);
  const marker = await service.repos.idempotency.get(
    team,
    { operation: 'feedback', actorId: alice.userId, key: draftId },
    { parse: (value: unknown) => value as Feedback },
  );
  return all.filter((feedback) => feedback.id === marker?.id);
}

function createConversations() {
  return connector.requests().filter((r) => r.method === 'POST' && r.path === '/v3/conversations');
}

describe('the feedback command', () => {
  it('answers in a personal chat with the compose card: teammates but not me, three parts, link, visibility', async () => {
    const res = await postActivity(service.url, personalMessage(connector, alice, 'Feedback'));
    expect(res.status).toBe(200);
    const sent = connector.sentActivities();
    expect(sent).toHaveLength(1);
    const card = cardOf(sent[0]);
    expect(card.version).toBe('1.5');
    expect(
      element(card, 'recipientId')
        .choices?.map((c) => c.value)
        .sort(),
    ).toEqual(
      team.people
        .filter((p) => p !== alice)
        .map((p) => p.userId)
        .sort(),
    );
    for (const id of ['situation', 'behaviour', 'impact']) {
      expect(element(card, id)).toMatchObject({ type: 'Input.Text', isRequired: true, isMultiline: true });
    }
    expect(element(card, 'link').choices).toContainEqual({
      title: `Task: ${task.title}`,
      value: `task:${task.id}`,
    });
    expect(element(card, 'visibility')).toMatchObject({ value: 'private' });
    expect(card.actions).toMatchObject([
      { type: 'Action.Execute', title: 'Send', data: { teamId: team.teamId } },
    ]);
  });

  it('picks the teammate the command names', async () => {
    await postActivity(service.url, personalMessage(connector, alice, 'feedback carol'));
    expect(element(cardOf(connector.sentActivities()[0]), 'recipientId').value).toBe(carol.userId);
  });

  it('from a channel, sends the compose card to my 1:1 chat and only a short note to the thread', async () => {
    const activity = channelMessage(connector, team, bob, 'feedback');
    const res = await postActivity(service.url, activity);
    expect(res.status).toBe(200);
    expect(createConversations()).toHaveLength(1);
    expect(createConversations()[0]?.body).toMatchObject({ members: [{ id: bob.teamsUserId }] });
    const sent = connector.sentActivities();
    expect(sent).toHaveLength(2);
    const privateCard = sent.find((s) => s.conversationId.startsWith('a:1fake-personal-conversation'));
    expect(element(cardOf(privateCard), 'recipientId').choices?.map((c) => c.value)).not.toContain(
      bob.userId,
    );
    const threadReply = sent.find((s) => s.replyToId === activity.id);
    expect(threadReply?.conversationId).toBe(activity.conversation?.id);
    expect(threadReply?.activity.text).toBe(english('card.repliesWork.feedback.sentPrivately'));
    expect(threadReply?.activity.attachments ?? []).toHaveLength(0);
  });
});

describe('feedbackSend', () => {
  it('answers vague feedback with the same card: inputs kept, nudges by the fields; nothing is stored or sent', async () => {
    const draft = await newDraft();
    const answer = await press(alice, {
      ...draft,
      recipientId: bob.userId,
      ...VAGUE,
      link: `task:${task.id}`,
    });
    const card = answeredCard(answer);
    expect(element(card, 'recipientId').value).toBe(bob.userId);
    expect(element(card, 'situation').value).toBe(VAGUE.situation);
    expect(element(card, 'behaviour').value).toBe(VAGUE.behaviour);
    expect(element(card, 'link').value).toBe(`task:${task.id}`);
    expect(notesAfter(card, 'situation')).toContain('"always" invites debate');
    expect(notesAfter(card, 'behaviour')).toContain('"good job" does not say what happened');
    expect(card.actions?.map((a) => a.title)).toEqual(['Send anyway', 'Send']);
    expect(card.actions?.[0]?.data).toEqual({ ...draft, confirmed: true });
    expect(card.actions?.[1]?.data).toEqual(draft);
    expect(await feedbackOf(draft.draftId)).toEqual([]);
    expect(connector.requests()).toEqual([]);
  });

  it('"Send anyway" stores it (source card) and delivers it privately to the recipient, once', async () => {
    const draft = await newDraft();
    const answer = await press(alice, {
      ...draft,
      confirmed: true,
      recipientId: bob.userId,
      ...VAGUE,
      link: `task:${task.id}`,
    });

    const card = answeredCard(answer);
    expect(texts(card)).toContain('Sent privately to Bob Builder');
    const [stored] = await feedbackOf(draft.draftId);
    expect(stored).toMatchObject({
      giverId: alice.userId,
      recipientId: bob.userId,
      ...VAGUE,
      source: 'card',
      visibility: 'private',
      link: { kind: 'task', id: task.id },
    });
    expect(createConversations()).toHaveLength(1);
    expect(createConversations()[0]?.body).toMatchObject({
      isGroup: false,
      members: [{ id: bob.teamsUserId }],
      tenantId: team.tenantId,
    });
    const sent = connector.sentActivities();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.replyToId).toBeUndefined();
    const delivered = cardOf(sent[0]);
    expect(texts(delivered)).toContain('Feedback from Alice Leader');
    expect(texts(delivered)).toContain('You always do this');
    expect(texts(delivered)).toContain('About the task: Release 2\\.1 rollout');
    expect(delivered.actions?.[0]).toMatchObject({
      title: 'Open the task',
      url: expect.stringContaining(task.id),
    });
  });

  it('sends specific feedback at once, escaped in the recipient’s card', async () => {
    const draft = await newDraft();
    const card = answeredCard(
      await press(alice, { ...draft, recipientId: carol.userId, ...SPECIFIC, visibility: 'team' }),
    );
    expect(texts(card)).toContain('Sent to Carol Chen');
    expect(await feedbackOf(draft.draftId)).toMatchObject([
      { recipientId: carol.userId, visibility: 'team', source: 'card' },
    ]);
    const delivered = cardOf(connector.sentActivities()[0]);
    expect(texts(delivered)).toContain('with the \\*runbook\\* open');
    expect(texts(delivered)).toContain('Shared with the team');
  });

  it('gives and delivers once when pressed twice or redelivered', async () => {
    const draft = await newDraft();
    const data = { ...draft, recipientId: bob.userId, ...SPECIFIC };
    const first = cardInvoke(connector, alice, 'feedbackSend', data);
    const answers = await Promise.all([
      postInvoke(service.url, first),
      postInvoke(service.url, cardInvoke(connector, alice, 'feedbackSend', data)),
    ]);
    const redelivered = await postInvoke(service.url, first);
    const again = await press(alice, { ...data, confirmed: true });

    expect(await feedbackOf(draft.draftId)).toHaveLength(1);
    expect(createConversations()).toHaveLength(1);
    expect(connector.sentActivities()).toHaveLength(1);
    const headlines = [...answers, redelivered, again].map((a) => texts(answeredCard(a)).split('\n')[0]);
    expect(headlines).toContain('Sent privately to Bob Builder');
    expect(headlines.at(-1)).toBe('This feedback was already given to Bob Builder');
  });

  it('names what is missing next to the field and keeps the rest', async () => {
    const draft = await newDraft();
    const card = answeredCard(
      await press(alice, { ...draft, situation: SPECIFIC.situation, behaviour: '  ', impact: '' }),
    );
    expect(notesAfter(card, 'recipientId')).toBe('Choose who the feedback is for\\.');
    expect(notesAfter(card, 'behaviour')).toBe('Behaviour must not be empty\\.');
    expect(notesAfter(card, 'impact')).toBe('Impact must not be empty\\.');
    expect(element(card, 'situation').value).toBe(SPECIFIC.situation);
    expect(await feedbackOf(draft.draftId)).toEqual([]);
  });

  it('refuses a recipient who is not on the team, next to the field', async () => {
    const draft = await newDraft();
    const stranger = '00000000-0000-4000-8000-0000000fffff';
    const card = answeredCard(await press(alice, { ...draft, recipientId: stranger, ...SPECIFIC }));
    expect(notesAfter(card, 'recipientId')).toBe('The recipient is not a member of this team\\.');
    expect(await feedbackOf(draft.draftId)).toEqual([]);
  });

  it('keeps the feedback when delivery fails, says so, and the history shows it', async () => {
    const draft = await newDraft();
    connector.failNext(/^\/v3\/conversations\/?$/, 403);
    const card = answeredCard(await press(alice, { ...draft, recipientId: carol.userId, ...SPECIFIC }));
    expect(texts(card).split('\n')[0]).toBe('Saved, but not delivered to Carol Chen');
    expect(texts(card)).toContain('It is in their history in Cadence');
    const [stored] = await feedbackOf(draft.draftId);
    expect(stored?.recipientId).toBe(carol.userId);
    const asCarol = apiClient(service.url, await service.tokenFor(team.tenantId, carol.userId));
    const history = (await asCarol.get<HistoryResponse>(apiPaths.history(team.teamId, carol.userId))).body;
    expect(history.items).toContainEqual(
      expect.objectContaining({
        kind: 'feedback-received',
        feedback: expect.objectContaining({ id: stored?.id }),
      }),
    );
    expect(connector.sentActivities()).toHaveLength(0);
  });

  it('works through the Action.Submit fallback: the compose message is updated in place', async () => {
    const draft = await newDraft();
    const res = await postActivity(
      service.url,
      cardSubmit(connector, alice, 'feedbackSend', { ...draft, recipientId: bob.userId, ...SPECIFIC }),
    );
    expect(res.status).toBe(200);
    const [update] = connector.updatedActivities();
    expect(texts(update?.activity.attachments?.[0]?.content as CardJson)).toContain(
      'Sent privately to Bob Builder',
    );
    expect(await feedbackOf(draft.draftId)).toHaveLength(1);
    expect(connector.sentActivities()).toHaveLength(1);
  });
});
