import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkinJob } from '../../../bot/cadence/checkin-job.ts';
import type { BotDeps } from '../../../bot/handlers/bot-deps.ts';
import type { Outbound } from '../../../bot/handlers/outbound.ts';
import { tabLinks } from '../../../bot/handlers/tab-links.ts';
import type { AdaptiveCard } from '../../../shared/cards/adaptive-card.ts';
import { checkCard } from '../../support/adaptive-card-check.ts';
import { createBotTeam, personalMessage, type BotPerson } from '../../support/bot-team.ts';
import { captureLogs } from '../../support/captured-logs.ts';
import { addTask, cardOfSent, cardTexts, type CardJson } from '../../support/check-in-cards.ts';
import { postActivity } from '../../support/post-activity.ts';
import { startRecordingConnector, type RecordingConnector } from '../../support/recording-connector.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';
import type { WireActivity } from '../../support/teams-wire.ts';

const BERLIN = 'Europe/Berlin';
/** Tuesday 10 March 2026, 15:00 in Berlin: week 11's check-in (Monday 09:00, 72 h) is open. */
const TUESDAY = new Date('2026-03-10T14:00:00.000Z');

const logs = captureLogs('warn');
let connector: RecordingConnector;
let service: TestService;

beforeAll(async () => {
  connector = await startRecordingConnector();
  service = await startTestService({ now: () => new Date(TUESDAY), logger: logs.logger });
});
afterEach(() => {
  connector.reset();
  logs.clear();
});
afterAll(async () => {
  await service.close();
  await connector.close();
});

/** A 1:1 message from a Teams client set to `locale` (Teams reports it on the activity and in clientInfo). */
function messageIn(locale: string, person: BotPerson, text: string): WireActivity {
  const message = personalMessage(connector, person, text);
  return {
    ...message,
    locale,
    entities: [{ type: 'clientInfo', locale, timezone: person.timeZone }],
  };
}

async function replyCard(activity: WireActivity): Promise<CardJson> {
  expect((await postActivity(service.url, activity)).status).toBe(200);
  const sent = connector.sentActivities();
  expect(sent).toHaveLength(1);
  return cardOfSent(sent[0]);
}

describe('a German Teams client', () => {
  it('gets the help card in German, with the command names unchanged', async () => {
    const team = await createBotTeam(service.repos, connector, { memberCount: 1, timeZones: [BERLIN] });
    const card = await replyCard(messageIn('de-DE', team.leader, 'help'));
    expect(checkCard(card as unknown as AdaptiveCard).warnings).toEqual([]);
    expect(cardTexts(card)).toContain(
      'Kleine Aufgaben, wöchentliche Check-ins, konkretes Feedback. Gib einen dieser Befehle ein:',
    );
    const facts = card.body.flatMap((node) => (node['facts'] as { title: string; value: string }[]) ?? []);
    expect(facts.map((fact) => fact.title)).toEqual(
      expect.arrayContaining(['help', 'checkin', 'tasks', 'recognize', 'feedback', 'resume']),
    );
    expect(facts).toContainEqual({ title: 'resume', value: 'Deine Check-ins fortsetzen.' });
  });

  it('gets the check-in card in German, with dates on its own clock and in German', async () => {
    const team = await createBotTeam(service.repos, connector, {
      memberCount: 1,
      timeZones: [BERLIN],
      now: TUESDAY,
    });
    const [, bob] = team.people as [BotPerson, BotPerson];
    await addTask(service.repos, team, bob, 'Fix the export', 'doing');
    const card = await replyCard(messageIn('de-de', bob, 'checkin'));
    expect(checkCard(card as unknown as AdaptiveCard).warnings).toEqual([]);
    const texts = cardTexts(card);
    expect(texts).toContain('Bob Builder, KW 11/2026');
    expect(texts).toContain('Offen bis Donnerstag, 12. März, 09:00 MEZ.');
    expect(texts).toContain('Deine offenen Aufgaben');
    expect(card.actions).toMatchObject([{ title: 'Senden', verb: 'checkinSubmit' }]);
  });

  it('gets pause and resume answered in German, the day spelled the German way', async () => {
    const team = await createBotTeam(service.repos, connector, { memberCount: 1, timeZones: [BERLIN] });
    const [, bob] = team.people as [BotPerson, BotPerson];
    const reply = async (text: string) => {
      expect((await postActivity(service.url, messageIn('de-DE', bob, text))).status).toBe(200);
      const answer = connector.sentActivities().at(-1)?.activity.text;
      connector.reset();
      return answer;
    };
    expect(await reply('pause 2026-03-20')).toBe(
      'Check-ins bis Fr., 20. März 2026 pausiert. Gib resume ein, um sie wieder zu starten.',
    );
    expect(await reply('pause someday')).toMatch(/^Das konnte ich nicht als Tag lesen\./);
    expect(await reply('resume')).toBe('Check-ins fortgesetzt. Der nächste kommt zur gewohnten Zeit.');
  });

  it('gets an English reply again once the client is English', async () => {
    const team = await createBotTeam(service.repos, connector, { memberCount: 1, timeZones: [BERLIN] });
    const card = await replyCard(messageIn('en-US', team.leader, 'help'));
    expect(cardTexts(card)).toContain('Small tasks, weekly check-ins, specific feedback. Type one of these:');
  });
});

describe('a scheduled check-in', () => {
  const unusedOutbound: Outbound = {
    toConversation: () => Promise.reject(new Error('jobs plan; they never send')),
    toPerson: () => Promise.reject(new Error('jobs plan; they never send')),
    update: () => Promise.reject(new Error('jobs plan; they never send')),
  };

  function deps(): BotDeps {
    return {
      repos: service.repos,
      now: () => new Date(TUESDAY),
      logger: logs.logger,
      outbound: unusedOutbound,
      links: tabLinks({ baseUrl: 'https://cadence.example.test' }),
    };
  }

  async function scheduledCard(team: { tenantId: string; teamId: string }, person: BotPerson) {
    const job = { kind: 'checkin' as const, ...team, week: '2026-W11', userId: person.userId };
    const plan = await checkinJob(deps(), job, TUESDAY);
    if (plan.kind !== 'send' || plan.reply.kind !== 'card') throw new Error(`planned ${plan.kind}`);
    return { card: plan.reply.card, summary: plan.reply.summary };
  }

  it('is in each member’s recorded language: German for a German client, English for an English one', async () => {
    const team = await createBotTeam(service.repos, connector, {
      memberCount: 2,
      timeZones: [BERLIN],
      now: TUESDAY,
    });
    const [, bob, carol] = team.people as [BotPerson, BotPerson, BotPerson];
    // Any message records the sender's language, as it records their time zone.
    await postActivity(service.url, messageIn('de-DE', bob, 'hello'));
    await postActivity(service.url, messageIn('en-US', carol, 'hello'));
    const scope = { tenantId: team.tenantId, teamId: team.teamId };
    expect((await service.repos.members.get(scope, bob.userId))?.value.locale).toBe('de-DE');

    const german = await scheduledCard(scope, bob);
    expect(german.summary).toBe('Dein Check-in für KW 11/2026');
    expect(checkCard(german.card).warnings).toEqual([]);
    expect(JSON.stringify(german.card)).toContain('Offen bis Donnerstag, 12. März, 09:00 MEZ.');

    const english = await scheduledCard(scope, carol);
    expect(english.summary).toBe('Your check-in for week 11 of 2026');
    expect(JSON.stringify(english.card)).toContain('Open until Thursday, Mar 12, 9:00 AM GMT+1.');
  });

  it('falls back to the team’s language for a member not heard from yet', async () => {
    const team = await createBotTeam(service.repos, connector, {
      memberCount: 1,
      timeZones: [BERLIN],
      now: TUESDAY,
    });
    const scope = { tenantId: team.tenantId, teamId: team.teamId };
    await service.repos.teams.update(scope, (stored) => ({ ...stored, locale: 'de-AT' }));
    const [, bob] = team.people as [BotPerson, BotPerson];
    expect((await scheduledCard(scope, bob)).summary).toBe('Dein Check-in für KW 11/2026');
  });
});
