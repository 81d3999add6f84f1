import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { digestJob } from '../../../bot/cadence/digest-job.ts';
import type { JobPlan } from '../../../bot/cadence/job-handler.ts';
import { refreshSummary } from '../../../bot/cadence/summary-refresh.ts';
import { summaryJob } from '../../../bot/cadence/summary-job.ts';
import type { SentMessage } from '../../../bot/handlers/outbound.ts';
import { summaryPosts } from '../../../shared/store/summary-post-repository.ts';
import {
  cardInvoke,
  createBotTeam,
  personalMessage,
  postInvoke,
  type BotPerson,
  type BotTeam,
} from '../../support/bot-team.ts';
import { captureLogs } from '../../support/captured-logs.ts';
import {
  cardOfActivity,
  cardOfInvoke,
  cardOfSent,
  cardTexts,
  submission,
  type CardJson,
} from '../../support/check-in-cards.ts';
import { postActivity } from '../../support/post-activity.ts';
import { startRecordingConnector, type RecordingConnector } from '../../support/recording-connector.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';

const NY = 'America/New_York';
/** Tuesday 10 March 2026, 10:00 in New York: week 11's check-in (Monday 09:00, 72 h) is open. */
const NOW = new Date('2026-03-10T14:00:00.000Z');
const WEEK = '2026-W11';
/** Everyone joined the week before, so this week's check-in asks all of them. */
const JOINED = new Date('2026-03-02T14:00:00.000Z');

const logs = captureLogs('warn');
let connector: RecordingConnector;
let service: TestService;

beforeAll(async () => {
  connector = await startRecordingConnector();
  service = await startTestService({ now: () => new Date(NOW), logger: logs.logger });
});
afterEach(() => {
  connector.reset();
  logs.clear();
});
afterAll(async () => {
  await service.close();
  await connector.close();
});

function teamOf(options: Parameters<typeof createBotTeam>[2] = {}): Promise<BotTeam> {
  return createBotTeam(service.repos, connector, {
    memberCount: 3,
    timeZones: [NY],
    now: JOINED,
    ...options,
  });
}

/** The person answers this week's check-in by card (Action.Execute), as Teams would send it. */
async function checkIn(person: BotPerson, confidence: string): Promise<CardJson> {
  expect((await postActivity(service.url, personalMessage(connector, person, 'checkin'))).status).toBe(200);
  const card = cardOfSent(connector.sentActivities().at(-1));
  const data = submission(card, { confidence });
  const answer = await postInvoke(
    service.url,
    cardInvoke(connector, person, 'checkinSubmit', data, {
      trigger: 'manual',
      localTimezone: person.timeZone,
    }),
  );
  expect(answer.status).toBe(200);
  return cardOfInvoke(answer.body);
}

/** What the dispatcher does with a plan: send it and tell the handler where it went. */
async function dispatch(plan: JobPlan): Promise<SentMessage> {
  if (plan.kind !== 'send') throw new Error(`expected a send, got: ${plan.reason}`);
  const { outbound } = service.bot;
  const sent =
    plan.destination.kind === 'conversation'
      ? await outbound.toConversation(plan.destination.address, plan.reply)
      : await outbound.toPerson(plan.destination.address, plan.reply);
  await plan.sent?.(sent);
  return sent;
}

const summaryOf = (team: BotTeam) => ({
  kind: 'summary' as const,
  tenantId: team.tenantId,
  teamId: team.teamId,
  week: WEEK,
});
const texts = (card: CardJson) => cardTexts(card).join('\n');
/** The Teams user ids the card @mentions. */
const mentionedIds = (card: CardJson) =>
  ((card as { msteams?: { entities?: Array<{ mentioned: { id: string } }> } }).msteams?.entities ?? []).map(
    (entity) => entity.mentioned.id,
  );

describe('the channel summary job', () => {
  it('posts the summary to the team’s channel, tagging whoever is still missing', async () => {
    const team = await teamOf();
    const [, bob, carol, dan] = team.people as [BotPerson, BotPerson, BotPerson, BotPerson];
    await checkIn(bob, '4');
    connector.reset();

    const sent = await dispatch(await summaryJob(service.bot, summaryOf(team), NOW));

    expect(sent.conversationId).toBe(team.channelId);
    const [posted] = connector.sentActivities();
    expect(posted?.activity.conversation).toMatchObject({ id: team.channelId });
    const card = cardOfSent(posted);
    expect(texts(card)).toContain('1 of 4 answered (25%)');
    expect(mentionedIds(card).sort()).toEqual([team.leader, carol, dan].map((p) => p.teamsUserId).sort());
    expect(await summaryPosts(service.repos.idempotency).get(team.team, WEEK)).toEqual(sent);
  });

  it('updates the same card in place when a late answer comes in, instead of posting again', async () => {
    const team = await teamOf();
    const [, bob, carol] = team.people as [BotPerson, BotPerson, BotPerson];
    await checkIn(bob, '4');
    const sent = await dispatch(await summaryJob(service.bot, summaryOf(team), NOW));
    connector.reset();

    const answered = await checkIn(carol, '2');

    expect(texts(answered)).not.toContain('out of date');
    expect(connector.sentActivities().map((s) => s.conversationId)).not.toContain(team.channelId);
    const updates = connector.updatedActivities();
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ conversationId: team.channelId, activityId: sent.activityId });
    expect(
      connector
        .requests()
        .some((r) => r.method === 'PUT' && r.path.endsWith(`/activities/${sent.activityId}`)),
    ).toBe(true);
    const card = cardOfActivity(updates[0]!.activity);
    expect(texts(card)).toContain('2 of 4 answered (50%)');
    expect(texts(card)).toContain('W11 3.0');
    expect(mentionedIds(card)).toHaveLength(2);
  });

  it('leaves the channel alone for answers of a week whose summary is not posted yet', async () => {
    const team = await teamOf();
    await checkIn(team.people[1]!, '3');
    expect(connector.updatedActivities()).toEqual([]);
    expect(await refreshSummary(service.bot, team.team, WEEK)).toBe(false);
  });

  it('never fails the member’s answer when the update is refused; the failure is logged', async () => {
    const team = await teamOf();
    const [, bob, carol] = team.people as [BotPerson, BotPerson, BotPerson];
    await checkIn(bob, '4');
    const sent = await dispatch(await summaryJob(service.bot, summaryOf(team), NOW));
    connector.reset();
    connector.failNext(`/activities/${sent.activityId}`, 403);

    const answered = await checkIn(carol, '5');

    expect(answered.actions?.[0]).toMatchObject({ title: 'Update', verb: 'checkinSubmit' });
    expect((await service.repos.checkIns.get(team.team, WEEK, carol.userId))?.value.confidence).toBe(5);
    expect(logs.text()).toContain('summary refresh failed');
  });

  it('skips a team without a channel or one that removed Cadence', async () => {
    const team = await teamOf();
    await service.repos.teams.update(team.team, (t) => ({ ...t, active: false }));
    expect(await summaryJob(service.bot, summaryOf(team), NOW)).toMatchObject({ kind: 'skip' });
    const quiet = await teamOf();
    await service.repos.teams.update(quiet.team, ({ conversation: _, ...t }) => t);
    expect(await summaryJob(service.bot, summaryOf(quiet), NOW)).toEqual({
      kind: 'skip',
      reason: 'no channel to post in',
    });
  });
});

describe('the leader digest job', () => {
  it('sends the digest 1:1 to the leader: participation, overdue and blocked work, gaps', async () => {
    const team = await teamOf();
    await checkIn(team.people[1]!, '4');
    connector.reset();
    const job = {
      kind: 'digest' as const,
      tenantId: team.tenantId,
      teamId: team.teamId,
      week: WEEK,
      userId: team.leader.userId,
    };

    const sent = await dispatch(await digestJob(service.bot, job, NOW));

    const [create] = connector.requests();
    expect(create).toMatchObject({
      method: 'POST',
      path: '/v3/conversations',
      body: { members: [{ id: team.leader.teamsUserId }] },
    });
    const card = cardOfSent(connector.sentActivities().find((s) => s.conversationId === sent.conversationId));
    const text = texts(card);
    expect(text).toContain('Your weekly digest · week 11 of 2026');
    expect(text).toContain('1 of 4 answered (25%)');
    expect(text).toContain('Feedback gaps (0)');
  });

  it('is skipped for someone who no longer leads the team', async () => {
    const team = await teamOf();
    const job = {
      kind: 'digest' as const,
      tenantId: team.tenantId,
      teamId: team.teamId,
      week: WEEK,
      userId: team.people[1]!.userId,
    };
    expect(await digestJob(service.bot, job, NOW)).toEqual({ kind: 'skip', reason: 'no longer a leader' });
  });
});
