import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { apiPaths } from '../../../shared/api/routes.ts';
import { apiClient } from '../../support/api-client.ts';
import { createBotTeam, type BotPerson, type BotTeam } from '../../support/bot-team.ts';
import { startRecordingConnector, type RecordingConnector } from '../../support/recording-connector.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';

const FEEDBACK = {
  situation: 'In Tuesday’s planning meeting',
  behaviour: 'you split the migration into three tasks with one owner each',
  impact: 'everyone knew what to pick up, and we started the same day',
  visibility: 'private',
};

let connector: RecordingConnector;
let service: TestService;
let team: BotTeam;
let alice: BotPerson;
let bob: BotPerson;

beforeAll(async () => {
  connector = await startRecordingConnector();
  service = await startTestService();
  team = await createBotTeam(service.repos, connector, { memberCount: 2 });
  [alice, bob] = team.people as [BotPerson, BotPerson];
});
beforeEach(() => connector.reset());
afterAll(async () => {
  await service.close();
  await connector.close();
});

it('delivers feedback given in the tab to the recipient 1:1, once, even when the request is replayed', async () => {
  const asAlice = apiClient(service.url, await service.tokenFor(team.tenantId, alice.userId));
  const request = { json: { ...FEEDBACK, recipientId: bob.userId }, headers: { 'Idempotency-Key': 'tab-1' } };

  const first = await asAlice.call('POST', apiPaths.feedback(team.teamId), request);
  expect(first.status).toBe(201);
  const [delivered] = await connector.waitForActivities(1, 5000);
  const replay = await asAlice.call('POST', apiPaths.feedback(team.teamId), request);
  expect(replay.status).toBe(201);
  await new Promise((resolve) => setTimeout(resolve, 500));

  expect(connector.chatsOpened()).toEqual([bob.teamsUserId]);
  expect(connector.sentActivities()).toHaveLength(1);
  const card = delivered?.activity.attachments?.[0]?.content as { body?: Array<{ text?: string }> };
  expect(JSON.stringify(card)).toContain('you split the migration into three tasks');
});
