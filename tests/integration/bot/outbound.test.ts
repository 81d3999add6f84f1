import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../../bot/handlers/outbound.ts';
import { startRecordingConnector, type RecordingConnector } from '../../support/recording-connector.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';

const TENANT = '00000000-0000-4000-8000-000000000001';
const ALICE = '29:1fake-alice-000000000000000000000000000000000000000000000000000000000000';
const CHANNEL = '19:fake0channel0000000000000000000000@thread.tacv2';

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

describe('proactive sends through the Bot Connector', () => {
  it('opens a 1:1 chat with the person and posts in it', async () => {
    const sent = await service.bot.outbound.toPerson(
      { tenantId: TENANT, serviceUrl: connector.url, teamsUserId: ALICE },
      { kind: 'text', text: 'Hello Alice' },
    );

    const [create, post] = connector.requests();
    expect(create).toMatchObject({
      method: 'POST',
      path: '/v3/conversations',
      status: 201,
      body: {
        isGroup: false,
        members: [{ id: ALICE }],
        tenantId: TENANT,
        channelData: { tenant: { id: TENANT } },
      },
    });
    expect(post).toMatchObject({
      method: 'POST',
      path: `/v3/conversations/${sent.conversationId}/activities`,
    });
    expect(sent.conversationId).toMatch(/^a:1fake-personal-conversation-/);
    expect(connector.sentActivities()).toMatchObject([
      {
        conversationId: sent.conversationId,
        id: sent.activityId,
        activity: {
          type: 'message',
          text: 'Hello Alice',
          conversation: { id: sent.conversationId, conversationType: 'personal' },
        },
      },
    ]);
  });

  it('posts to a stored channel conversation, and updates that post in place', async () => {
    const address = { tenantId: TENANT, serviceUrl: connector.url, conversationId: CHANNEL };
    const sent = await service.bot.outbound.toConversation(address, { kind: 'text', text: 'First' });
    await service.bot.outbound.update(TENANT, sent, { kind: 'text', text: 'Second' });

    expect(connector.sentActivities()).toMatchObject([
      { conversationId: CHANNEL, activity: { text: 'First', conversation: { conversationType: 'channel' } } },
    ]);
    expect(connector.updatedActivities()).toMatchObject([
      { conversationId: CHANNEL, activityId: sent.activityId, activity: { text: 'Second' } },
    ]);
  });

  it('reports a removed bot as a DeliveryError with Teams’ error code', async () => {
    const address = { tenantId: TENANT, serviceUrl: connector.url, conversationId: CHANNEL };
    connector.failNext('/activities', 403);
    const removed = await service.bot.outbound
      .toConversation(address, { kind: 'text', text: 'x' })
      .catch((e: unknown) => e);
    expect(removed).toBeInstanceOf(DeliveryError);
    expect(removed).toMatchObject({ status: 403, code: 'BotNotInConversationRoster' });
  });
});
