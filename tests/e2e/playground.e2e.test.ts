import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE } from '../../bot/local/demo-catalog.ts';
import { DEMO_TEAM_ID, DEMO_TENANT_ID } from '../../bot/local/demo-team.ts';
import { PLAYGROUND_CONFIG_FILE, playgroundConfig } from '../../bot/local/playground-config.ts';
import { startPlayground, type RunningPlayground } from '../../bot/local/playground-process.ts';
import { loadDemoTeam } from '../../bot/local/seed.ts';
import { startTestService, type TestService } from '../support/service-harness.ts';
import { launchChromium, screenshotPath } from './support/browser.ts';
import { PlaygroundChat } from './support/playground-chat.ts';
import { answerCheckIn, DEMO_ANSWERS } from './support/playground-check-in.ts';

const scope = { tenantId: DEMO_TENANT_ID, teamId: DEMO_TEAM_ID };
const alice = DEMO_PEOPLE.find((person) => person.handle === 'alice')!;

let service: TestService;
let playground: RunningPlayground;
let browser: Browser;

beforeAll(async () => {
  service = await startTestService();
  await loadDemoTeam(service.repos, (name) => service.tables.table(name), new Date());
  [playground, browser] = await Promise.all([
    startPlayground({
      botEndpoint: `${service.url}/api/messages`,
      configPath: PLAYGROUND_CONFIG_FILE,
      logFile: '.cache/playground/e2e.log',
      port: 0,
    }),
    launchChromium(),
  ]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
  await service?.close();
});

describe('the Agents Playground with the committed config', () => {
  it('lets Alice answer her check-in card: the card comes back submitted and the answer is stored', async () => {
    const chat = await PlaygroundChat.open(browser, playground.url, playgroundConfig().currentUser.name, {
      width: 1280,
      height: 1500,
    });
    try {
      const result = await answerCheckIn(chat);
      await chat.page.screenshot({ path: screenshotPath('playground-e2e-checkin') });

      expect(result.sent.text).toContain('Check-in · Northwind Launch');
      expect(result.submitted.text).toMatch(/Submitted — you can edit until \w+, \w+ \d+/);
      expect(result.submitted.fields).toEqual(
        expect.arrayContaining([
          `${result.task}: ${DEMO_ANSWERS.taskStatus}`,
          `Wins (one per line): ${DEMO_ANSWERS.win}`,
          `Confidence you will reach your goals (1–5): ${DEMO_ANSWERS.confidence}`,
        ]),
      );

      const checkIns = await service.repos.checkIns.listForMember(scope, alice.userId);
      const answered = checkIns.find((checkIn) => checkIn.value.wins.includes(DEMO_ANSWERS.win));
      expect(answered?.value.confidence).toBe(Number(DEMO_ANSWERS.confidence));
      const board = await service.repos.readBoard(scope);
      expect(board.tasks.find((task) => task.value.title === result.task)?.value.status).toBe('done');
    } finally {
      await chat.close();
    }
  }, 60_000);

  it('installs Cadence in the demo team when General is opened, keeping the seeded team and roster', async () => {
    const chat = await PlaygroundChat.open(browser, playground.url, playgroundConfig().currentUser.name);
    try {
      await chat.openChannel('General');
      await chat.page.getByText('Cadence is here').waitFor();

      const team = (await service.repos.teams.get(scope))?.value;
      expect(team?.conversation).toEqual({
        conversationId: DEMO_TEAM_ID,
        channelId: DEMO_TEAM_ID,
        serviceUrl: playground.serviceUrl,
      });
      expect(team?.name).toBe('Northwind Launch');
      expect(team?.settings.leaders).toEqual(
        DEMO_PEOPLE.filter((person) => person.leader).map((person) => person.userId),
      );
      const members = (await service.repos.readBoard(scope)).members.map((member) => member.value);
      expect(members.map((m) => [m.name, m.teamsUserId, m.active])).toEqual(
        expect.arrayContaining(DEMO_PEOPLE.map((p) => [p.name, p.teamsUserId, true])),
      );
      expect(members).toHaveLength(DEMO_PEOPLE.length);
    } finally {
      await chat.close();
    }
  }, 30_000);
});
