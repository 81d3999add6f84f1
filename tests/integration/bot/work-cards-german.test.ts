import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../shared/api/routes.ts';
import type { Versioned } from '../../../shared/api/versioned.ts';
import type { AdaptiveCard, CardElement } from '../../../shared/cards/adaptive-card.ts';
import type { Task } from '../../../shared/domain/task.ts';
import { DEFAULT_TEAM_VALUES } from '../../../shared/domain/default-values.ts';
import {
  cardInvoke,
  createBotTeam,
  personalMessage,
  postInvoke,
  type BotPerson,
  type BotTeam,
  type InvokeAnswer,
} from '../../support/bot-team.ts';
import { apiClient } from '../../support/api-client.ts';
import { postActivity } from '../../support/post-activity.ts';
import {
  startRecordingConnector,
  type RecordingConnector,
  type SentActivity,
} from '../../support/recording-connector.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';
import { testClock } from '../api/test-clock.ts';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
/** Wednesday 3 June 2026. */
const clock = testClock('2026-06-03T12:00:00.000Z');
let connector: RecordingConnector;
let service: TestService;
let team: BotTeam;
let alice: BotPerson;
let bob: BotPerson;
let carol: BotPerson;

beforeAll(async () => {
  connector = await startRecordingConnector();
  service = await startTestService({ now: clock.now });
  team = await createBotTeam(service.repos, connector, { memberCount: 3 });
  [alice, bob, carol] = team.people as [BotPerson, BotPerson, BotPerson];
});
afterEach(() => connector.reset());
afterAll(async () => {
  await service.close();
  await connector.close();
});

/** Everything a card shows as text, columns and containers opened. */
function shownTexts(card: AdaptiveCard): string[] {
  const found: string[] = [];
  const visit = (elements: unknown) => {
    if (!Array.isArray(elements)) return;
    for (const element of elements as CardElement[]) {
      if (element['type'] === 'TextBlock') found.push(String(element['text']));
      visit(element['items']);
      visit(element['columns']);
    }
  };
  visit(card.body);
  return found;
}

function cardOf(sent: SentActivity | undefined): AdaptiveCard {
  const [attachment] = sent?.activity.attachments ?? [];
  expect(attachment?.contentType).toBe(ADAPTIVE_CARD);
  return attachment?.content as AdaptiveCard;
}

function answeredCard(answer: InvokeAnswer): AdaptiveCard {
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({ statusCode: 200, type: ADAPTIVE_CARD });
  return answer.body.value as AdaptiveCard;
}

function task(patch: Partial<Task>): Task {
  const at = '2026-05-20T09:00:00.000Z';
  return {
    tenantId: team.tenantId,
    teamId: team.teamId,
    id: `task-${patch.title ?? 'x'}`.replace(/\W+/g, '-'),
    title: 'Task',
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

async function setLocale(person: BotPerson, locale: string): Promise<void> {
  await service.repos.members.update(team, person.userId, (member) => ({ ...member, locale }));
}

describe('the work cards in the reader’s language', () => {
  it('answers `tasks` from a German Teams client with the German card', async () => {
    await service.repos.tasks.insert(
      task({ title: 'FAQ schreiben', assigneeId: alice.userId, status: 'doing', dueDate: '2026-06-01' }),
    );
    const activity = { ...personalMessage(connector, alice, 'tasks'), locale: 'de-DE' };
    const res = await postActivity(service.url, activity);
    expect(res.status).toBe(200);
    const [reply] = connector.sentActivities();
    expect(reply?.activity.summary ?? reply?.activity.text).toBe('Deine offene Aufgabe');
    const shown = shownTexts(cardOf(reply));
    expect(shown.slice(0, 2)).toEqual([
      'Deine offenen Aufgaben',
      `${team.team.name} · 1 offene Aufgabe, 1 überfällig`,
    ]);
    expect(shown).toContain('In Arbeit (1)');
    expect(shown).toContain('Überfällig: war fällig am Mo., 1. Juni');
    expect(cardOf(reply).actions).toEqual([expect.objectContaining({ title: 'Board öffnen' })]);
  });

  it('answers the same command from an English client in English', async () => {
    const res = await postActivity(service.url, {
      ...personalMessage(connector, alice, 'tasks'),
      locale: 'en-US',
    });
    expect(res.status).toBe(200);
    expect(shownTexts(cardOf(connector.sentActivities()[0]))[0]).toBe('Your open tasks');
  });

  it('delivers feedback in the recipient’s recorded language, and tells the giver in theirs', async () => {
    await setLocale(bob, 'de-DE');
    const compose = await postActivity(service.url, {
      ...personalMessage(connector, alice, 'feedback'),
      locale: 'en-US',
    });
    expect(compose.status).toBe(200);
    const draft = cardOf(connector.sentActivities()[0]).actions?.[0]?.['data'] as Record<string, unknown>;
    connector.reset();
    const answer = await postInvoke(
      service.url,
      cardInvoke(
        connector,
        alice,
        'feedbackSend',
        {
          ...draft,
          recipientId: bob.userId,
          situation: 'In Tuesday’s release review with the support leads',
          behaviour: 'you walked everyone through the rollback plan, step by step, with the runbook open',
          impact: 'the two open questions were settled in the meeting and we shipped on time',
        },
        { locale: 'en-US' },
      ),
    );
    expect(shownTexts(answeredCard(answer))[0]).toBe(`Sent privately to ${bob.name}`);
    const delivered = connector.sentActivities();
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.activity.summary).toBe(`Feedback von ${alice.name}`);
    const shown = shownTexts(cardOf(delivered[0]));
    expect(shown[0]).toBe(`Feedback von ${alice.name}`);
    expect(shown).toEqual(expect.arrayContaining(['Situation', 'Verhalten', 'Wirkung']));
  });

  it('sends German feedback from a German client without English specificity nudges', async () => {
    const compose = await postActivity(service.url, {
      ...personalMessage(connector, carol, 'feedback'),
      locale: 'de-DE',
    });
    expect(compose.status).toBe(200);
    const draft = cardOf(connector.sentActivities()[0]).actions?.[0]?.['data'] as Record<string, unknown>;
    connector.reset();
    const answer = await postInvoke(
      service.url,
      cardInvoke(
        connector,
        carol,
        'feedbackSend',
        {
          ...draft,
          recipientId: alice.userId,
          situation: 'Gestern beim Kundentermin',
          behaviour: 'Du hast die offenen Fragen zur Preisseite ruhig und genau beantwortet',
          impact: 'Die Kundin hat noch am selben Tag unterschrieben',
        },
        { locale: 'de-DE' },
      ),
    );
    expect(shownTexts(answeredCard(answer))[0]).toBe(`Privat an ${alice.name} gesendet`);
  });

  it('posts a recognition in the team’s language while the giver reads the outcome in theirs', async () => {
    await service.repos.teams.update(team, (value) => ({ ...value, locale: 'de-DE' }));
    const compose = await postActivity(service.url, {
      ...personalMessage(connector, alice, 'recognize'),
      locale: 'en-US',
    });
    expect(compose.status).toBe(200);
    const composeCard = cardOf(connector.sentActivities()[0]);
    expect(shownTexts(composeCard)[0]).toBe('Recognise a teammate');
    const draft = composeCard.actions?.[0]?.['data'] as Record<string, unknown>;
    connector.reset();
    const [value] = DEFAULT_TEAM_VALUES;
    const answer = await postInvoke(
      service.url,
      cardInvoke(
        connector,
        alice,
        'recognitionSend',
        { ...draft, recipientIds: bob.userId, valueId: value?.id, message: 'Danke für den Plan.', link: '' },
        { locale: 'en-US' },
      ),
    );
    expect(shownTexts(answeredCard(answer))[0]).toBe(`Recognition posted in ${team.team.name}`);
    const [post] = connector.sentActivities();
    expect(shownTexts(cardOf(post))[1]).toBe(`${alice.name} hat <at>${bob.name}</at> anerkannt`);
    expect(post?.activity.summary).toMatch(new RegExp(`^${alice.name} hat ${bob.name} anerkannt: `));
  });

  it('answers a German press with the German compose card when a field is missing', async () => {
    const compose = await postActivity(service.url, {
      ...personalMessage(connector, alice, 'recognize'),
      locale: 'de-DE',
    });
    expect(compose.status).toBe(200);
    const composeCard = cardOf(connector.sentActivities()[0]);
    expect(shownTexts(composeCard)[0]).toBe('Teammitglied anerkennen');
    const draft = composeCard.actions?.[0]?.['data'] as Record<string, unknown>;
    const [value] = DEFAULT_TEAM_VALUES;
    const answer = await postInvoke(
      service.url,
      cardInvoke(
        connector,
        alice,
        'recognitionSend',
        { ...draft, recipientIds: bob.userId, valueId: value?.id, message: '   ', link: '' },
        { locale: 'de-DE' },
      ),
    );
    const card = answeredCard(answer);
    expect(shownTexts(card)).toContain('Darf nicht leer sein\\.');
    expect(card.actions).toEqual([expect.objectContaining({ title: 'Anerkennung posten' })]);
  });

  it('sends a review request in the reviewer’s language, and answers the requester in theirs', async () => {
    await setLocale(carol, 'de-DE');
    const done = task({
      title: 'Release notes',
      assigneeId: alice.userId,
      status: 'done',
      completedAt: '2026-06-02T09:00:00.000Z',
    });
    await service.repos.tasks.insert(done);
    const data = { teamId: team.teamId, taskId: done.id };
    const picker = answeredCard(
      await postInvoke(service.url, cardInvoke(connector, alice, 'reviewRequest', data, { locale: 'en-US' })),
    );
    expect(shownTexts(picker)[0]).toBe('Request a review');
    const draftId = (picker.actions?.[0]?.['data'] as { draftId: string }).draftId;
    const requested = answeredCard(
      await postInvoke(
        service.url,
        cardInvoke(
          connector,
          alice,
          'reviewRequest',
          { ...data, draftId, reviewerId: carol.userId, note: '' },
          { locale: 'en-US' },
        ),
      ),
    );
    expect(shownTexts(requested)[0]).toBe(`Review requested from ${carol.name}`);
    const [sent] = connector.sentActivities();
    expect(sent?.activity.summary).toBe(`${alice.name} bittet dich um ein Review`);
    expect(shownTexts(cardOf(sent))[0]).toBe('Review-Anfrage');
  });

  it('tells a German assignee about a task assigned in the tab in German', async () => {
    await setLocale(bob, 'de-DE');
    const api = apiClient(service.url, await service.tokenFor(team.tenantId, alice.userId));
    const res = await api.post<Versioned<Task>>(apiPaths.tasks(team.teamId), {
      title: 'Inbox migrieren',
      assigneeId: bob.userId,
      dueDate: '2026-06-12',
    });
    expect(res.status).toBe(201);
    const [sent] = await connector.waitForActivities(1);
    expect(sent?.activity.summary).toBe(`${alice.name} hat dir eine Aufgabe zugewiesen`);
    const card = cardOf(sent);
    expect(shownTexts(card).slice(0, 2)).toEqual([
      'Eine Aufgabe für dich',
      `${alice.name} hat dir diese Aufgabe zugewiesen.`,
    ]);
    expect(JSON.stringify(card)).toContain('"value":"Fr., 12. Juni 2026"');
  });
});
