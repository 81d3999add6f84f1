import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryResponse } from '../../../shared/api/history.ts';
import type {
  CreateReviewRequestResponse,
  ListReviewRequestsResponse,
} from '../../../shared/api/review-requests.ts';
import { apiPaths } from '../../../shared/api/routes.ts';
import { newEntityId } from '../../../shared/domain/ids.ts';
import type { Task } from '../../../shared/domain/task.ts';
import { apiClient, type ApiClient } from '../../support/api-client.ts';
import {
  cardInvoke,
  createBotTeam,
  postInvoke,
  type BotPerson,
  type BotTeam,
  type InvokeAnswer,
} from '../../support/bot-team.ts';
import {
  startRecordingConnector,
  type RecordingConnector,
  type SentActivity,
} from '../../support/recording-connector.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const MESSAGE = 'application/vnd.microsoft.activity.message';

interface CardElement {
  type: string;
  id?: string;
  text?: string;
  value?: string;
  items?: CardElement[];
  choices?: Array<{ title: string; value: string }>;
}
interface CardJson {
  body: CardElement[];
  actions?: Array<{
    type: string;
    title: string;
    verb?: string;
    url?: string;
    data?: Record<string, unknown>;
  }>;
}

const ANSWER = {
  situation: 'I read the refund replies in the help centre draft on Thursday',
  behaviour: 'the replies name the refund window and link the form; two still use "per our policy"',
  impact: 'customers can act without a second ticket; softer wording in those two would help',
};

let connector: RecordingConnector;
let service: TestService;
let team: BotTeam;
let alice: BotPerson;
let bob: BotPerson;
let carol: BotPerson;
let dan: BotPerson;
let asBob: ApiClient;

beforeAll(async () => {
  connector = await startRecordingConnector();
  service = await startTestService();
  team = await createBotTeam(service.repos, connector, { memberCount: 3 });
  [alice, bob, carol, dan] = team.people as [BotPerson, BotPerson, BotPerson, BotPerson];
  asBob = apiClient(service.url, await service.tokenFor(team.tenantId, bob.userId));
});
beforeEach(() => connector.reset());
afterAll(async () => {
  await service.close();
  await connector.close();
});

/** Bob's task, written straight to storage (through the API it would send an assignment notice). */
async function bobsTask(status: Task['status'] = 'done', title = 'Refund replies for the help centre') {
  const now = new Date().toISOString();
  const stored = await service.repos.tasks.insert({
    tenantId: team.tenantId,
    teamId: team.teamId,
    id: newEntityId(),
    title,
    description: '',
    assigneeId: bob.userId,
    status,
    tags: [],
    blockedReason: '',
    statusChangedAt: now,
    createdBy: alice.userId,
    createdAt: now,
    updatedAt: now,
  });
  return stored.value;
}

function cardOf(sent: SentActivity | undefined): CardJson {
  expect(sent?.activity.type).toBe('message');
  expect(sent?.activity.attachments?.[0]?.contentType).toBe(ADAPTIVE_CARD);
  return sent?.activity.attachments?.[0]?.content as CardJson;
}

function answeredCard(answer: InvokeAnswer): CardJson {
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({ statusCode: 200, type: ADAPTIVE_CARD });
  return answer.body.value as CardJson;
}

function answeredMessage(answer: InvokeAnswer): string {
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({ statusCode: 200, type: MESSAGE });
  return answer.body.value as string;
}

function flat(elements: CardElement[]): CardElement[] {
  return elements.flatMap((e) => [e, ...flat(e.items ?? [])]);
}

function texts(card: CardJson): string {
  return flat(card.body)
    .flatMap((e) => (e.type === 'TextBlock' ? [e.text ?? ''] : []))
    .join('\n');
}

function element(card: CardJson, id: string): CardElement {
  const found = flat(card.body).find((e) => e.id === id);
  if (!found) throw new Error(`the card has no ${id}`);
  return found;
}

function conversationsWith(person: BotPerson): string[] {
  return connector.chatsOpened().filter((id) => id === person.teamsUserId);
}

/** Bob asks Carol through the API; answers the review card Carol got. */
async function requestFromTab(taskId: string, reviewer = carol) {
  const res = await asBob.call<CreateReviewRequestResponse>(
    'POST',
    apiPaths.reviewRequests(team.teamId, taskId),
    {
      json: { reviewerId: reviewer.userId, note: 'Mostly the *tone*, please' },
    },
  );
  expect(res.status, JSON.stringify(res.error)).toBe(201);
  const sent = connector.sentActivities();
  expect(sent).toHaveLength(1);
  const card = cardOf(sent[0]);
  connector.reset();
  return { review: res.body.reviewRequest, card };
}

function submit(person: BotPerson, data: Record<string, unknown>) {
  return postInvoke(service.url, cardInvoke(connector, person, 'reviewSubmit', data));
}

describe('a peer review round trip', () => {
  it('API request → reviewer’s 1:1 card → answer → feedback on the task, in the requester’s history, 1:1', async () => {
    const task = await bobsTask();
    const { review, card } = await requestFromTab(task.id);

    expect(texts(card)).toContain('Bob Builder asks for your review of “Refund replies for the help centre”');
    expect(texts(card)).toContain('Mostly the \\*tone\\*, please');
    const send = card.actions?.find((a) => a.verb === 'reviewSubmit');
    expect(send?.data).toEqual({ teamId: team.teamId, reviewId: review.id });
    expect(card.actions?.find((a) => a.type === 'Action.OpenUrl')?.url).toContain(task.id);

    const answer = await submit(carol, { ...send?.data, ...ANSWER });
    expect(texts(answeredCard(answer)).split('\n')[0]).toBe('Thanks — sent to Bob Builder');

    const stored = await service.repos.reviews.get(team, review.id);
    expect(stored?.value).toMatchObject({ status: 'done', feedbackId: expect.any(String) });
    const feedback = await service.repos.feedback.get(team, stored?.value.feedbackId ?? '');
    expect(feedback?.value).toMatchObject({
      giverId: carol.userId,
      recipientId: bob.userId,
      source: 'review',
      visibility: 'private',
      link: { kind: 'task', id: task.id },
      ...ANSWER,
    });

    expect(conversationsWith(bob)).toHaveLength(1);
    const delivered = connector.sentActivities();
    expect(delivered).toHaveLength(1);
    const deliveredCard = cardOf(delivered[0]);
    expect(texts(deliveredCard)).toContain('Carol Chen reviewed “Refund replies for the help centre”');
    expect(texts(deliveredCard)).toContain('per our policy');

    const history = await asBob.get<HistoryResponse>(apiPaths.history(team.teamId, bob.userId));
    expect(history.body.items).toContainEqual(
      expect.objectContaining({
        kind: 'feedback-received',
        feedback: expect.objectContaining({ id: feedback?.value.id, source: 'review' }),
      }),
    );
    const list = await asBob.get<ListReviewRequestsResponse>(apiPaths.reviewRequests(team.teamId, task.id));
    expect(list.body.reviewRequests).toMatchObject([{ id: review.id, status: 'done' }]);
  });

  it('gives one feedback and one delivery for a second submit and for a redelivered one', async () => {
    const task = await bobsTask();
    const { review } = await requestFromTab(task.id);
    const data = { teamId: team.teamId, reviewId: review.id, ...ANSWER };
    const first = cardInvoke(connector, carol, 'reviewSubmit', data);
    await postInvoke(service.url, first);
    const redelivered = await postInvoke(service.url, first);
    const second = await submit(carol, { ...data, behaviour: `${ANSWER.behaviour} (edited)` });

    expect(texts(answeredCard(redelivered)).split('\n')[0]).toBe('Thanks — sent to Bob Builder');
    expect(texts(answeredCard(second)).split('\n')[0]).toBe(
      'You already answered this review for Bob Builder',
    );
    const reviews = (await service.repos.feedback.listAll(team)).filter(
      (f) => f.value.source === 'review' && f.value.link?.id === task.id,
    );
    expect(reviews).toHaveLength(1);
    expect(connector.sentActivities()).toHaveLength(1);
  });

  it('sends the answer to the assignee when a leader asked on their behalf', async () => {
    const task = await bobsTask();
    const asAlice = apiClient(service.url, await service.tokenFor(team.tenantId, alice.userId));
    const res = await asAlice.call<CreateReviewRequestResponse>(
      'POST',
      apiPaths.reviewRequests(team.teamId, task.id),
      { json: { reviewerId: carol.userId } },
    );
    expect(res.status, JSON.stringify(res.error)).toBe(201);
    connector.reset();

    const answer = await submit(carol, {
      teamId: team.teamId,
      reviewId: res.body.reviewRequest.id,
      ...ANSWER,
    });

    expect(texts(answeredCard(answer)).split('\n')[0]).toBe('Thanks — sent to Bob Builder');
    const review = await service.repos.reviews.get(team, res.body.reviewRequest.id);
    const feedback = await service.repos.feedback.get(team, review?.value.feedbackId ?? '');
    expect(feedback?.value).toMatchObject({ giverId: carol.userId, recipientId: bob.userId });
    expect(conversationsWith(bob)).toHaveLength(1);
    expect(conversationsWith(alice)).toHaveLength(0);
  });

  it('refuses an answer from anyone but the named reviewer', async () => {
    const task = await bobsTask();
    const { review } = await requestFromTab(task.id);
    const answer = await submit(dan, { teamId: team.teamId, reviewId: review.id, ...ANSWER });
    expect(answeredMessage(answer)).toBe('Only the teammate asked for this review can answer it.');
    expect((await service.repos.reviews.get(team, review.id))?.value.status).toBe('pending');
    expect(connector.requests()).toEqual([]);
  });

  it('nudges a vague answer first, then takes it with "Send anyway"', async () => {
    const task = await bobsTask();
    const { review } = await requestFromTab(task.id);
    const vague = { situation: 'The replies', behaviour: 'Great work', impact: 'Keep it up' };
    const nudged = answeredCard(await submit(carol, { teamId: team.teamId, reviewId: review.id, ...vague }));
    expect(element(nudged, 'behaviour').value).toBe('Great work');
    expect(texts(nudged)).toContain('"great work" does not say what happened');
    expect(nudged.actions?.map((a) => a.title)).toEqual(['Send anyway', 'Send review', 'Open the task']);
    expect((await service.repos.reviews.get(team, review.id))?.value.status).toBe('pending');

    const confirmed = await submit(carol, { ...nudged.actions?.[0]?.data, ...vague });
    expect(texts(answeredCard(confirmed)).split('\n')[0]).toBe('Thanks — sent to Bob Builder');
    expect((await service.repos.reviews.get(team, review.id))?.value.status).toBe('done');
  });
});

describe('requesting a review from a card', () => {
  function press(person: BotPerson, data: Record<string, unknown>) {
    return postInvoke(service.url, cardInvoke(connector, person, 'reviewRequest', data));
  }

  it('answers a reviewer picker, then asks once and sends the reviewer their card', async () => {
    const task = await bobsTask();
    const picker = answeredCard(await press(bob, { teamId: team.teamId, taskId: task.id }));
    expect(
      element(picker, 'reviewerId')
        .choices?.map((c) => c.value)
        .sort(),
    ).toEqual([alice.userId, carol.userId, dan.userId].sort());
    const data = picker.actions?.[0]?.data ?? {};
    expect(data).toEqual({ teamId: team.teamId, taskId: task.id, draftId: expect.any(String) });

    const missing = answeredCard(await press(bob, { ...data, reviewerId: '' }));
    expect(texts(missing)).toContain('Choose who should review it\\.');
    expect(connector.requests()).toEqual([]);

    const choice = { ...data, reviewerId: dan.userId, note: 'Check the links' };
    const answers = [await press(bob, choice), await press(bob, choice)];
    for (const answer of answers) {
      expect(texts(answeredCard(answer)).split('\n')[0]).toBe('Review requested from Dan Diaz');
    }
    expect(await service.repos.reviews.listForTask(team, task.id)).toMatchObject([
      {
        value: {
          requesterId: bob.userId,
          reviewerId: dan.userId,
          note: 'Check the links',
          status: 'pending',
        },
      },
    ]);
    expect(conversationsWith(dan)).toHaveLength(1);
    expect(connector.sentActivities()).toHaveLength(1);
    expect(texts(cardOf(connector.sentActivities()[0]))).toContain('Check the links');
  });

  it('names the reason for a task that is not done', async () => {
    const task = await bobsTask('doing', 'Draft the FAQ');
    const answer = await press(bob, { teamId: team.teamId, taskId: task.id });
    expect(answeredMessage(answer)).toBe(
      '“Draft the FAQ” is not done yet: ask for a review once it is finished.',
    );
  });

  it('lets only the assignee or a leader ask', async () => {
    const task = await bobsTask();
    const answer = await press(carol, { teamId: team.teamId, taskId: task.id });
    expect(answeredMessage(answer)).toBe('Only the task’s assignee or a leader can ask for a review of it.');
  });
});
