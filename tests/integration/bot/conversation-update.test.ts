import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { postActivity } from '../../support/post-activity.ts';
import { startRecordingConnector, type RecordingConnector } from '../../support/recording-connector.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';
import { loadActivity } from '../../support/teams-fixtures.ts';

let connector: RecordingConnector;
let service: TestService;

beforeAll(async () => {
  connector = await startRecordingConnector();
  service = await startTestService();
});
afterEach(() => connector.reset());
afterAll(async () => {
  await service.close();
  await connector.close();
});

it('welcomes the team with one card in the channel it was added to, when the bot is added', async () => {
  const activity = loadActivity('conversation-update-bot-added-team', connector.url);
  expect(activity.membersAdded?.map((member) => member.id)).toEqual([activity.recipient?.id]);

  const res = await postActivity(service.url, activity);

  expect(res.status).toBe(200);
  const sent = connector.sentActivities();
  expect(sent).toHaveLength(1);
  expect(sent[0]?.conversationId).toBe(activity.conversation?.id);
  expect(sent[0]?.activity).toMatchObject({
    type: 'message',
    conversation: { id: activity.conversation?.id },
  });
  expect(JSON.stringify(sent[0]?.activity.attachments)).toMatch(/Cadence/);
});

it('stays quiet when a person joins the team: no message pings everyone', async () => {
  const activity = loadActivity('conversation-update-member-added-team', connector.url);
  expect(activity.membersAdded?.some((member) => member.id === activity.recipient?.id)).toBe(false);

  const res = await postActivity(service.url, activity);

  expect(res.status).toBe(200);
  // Looking the person up on the roster is fine; posting anything anywhere is not.
  expect(connector.requests().filter((request) => request.method !== 'GET')).toEqual([]);
});
