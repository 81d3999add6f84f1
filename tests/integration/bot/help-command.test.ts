import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { captureLogs } from '../../support/captured-logs.ts';
import { postActivity } from '../../support/post-activity.ts';
import {
  startRecordingConnector,
  type RecordingConnector,
  type SentActivity,
} from '../../support/recording-connector.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';
import { loadActivity } from '../../support/teams-fixtures.ts';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

interface CardJson {
  type: string;
  version: string;
  body: Array<{ type: string; facts?: Array<{ title: string; value: string }> }>;
}

const logs = captureLogs();
let connector: RecordingConnector;
let service: TestService;

beforeAll(async () => {
  connector = await startRecordingConnector();
  service = await startTestService({ logger: logs.logger });
});
afterEach(() => {
  connector.reset();
  logs.clear();
});
afterAll(async () => {
  await service.close();
  await connector.close();
});

/** The single Adaptive Card of a reply; fails on anything else. */
function cardOf(sent: SentActivity): CardJson {
  expect(sent.activity.type).toBe('message');
  const attachments = sent.activity.attachments ?? [];
  expect(attachments).toHaveLength(1);
  expect(attachments[0]?.contentType).toBe(ADAPTIVE_CARD);
  return attachments[0]?.content as CardJson;
}

function commandsListed(card: CardJson): string[] {
  return card.body.flatMap((element) =>
    element.type === 'FactSet' ? (element.facts ?? []).map((fact) => fact.title) : [],
  );
}

/** Sends one personal-chat message and returns the single reply the connector received. */
async function replyInPersonalChat(text: string): Promise<SentActivity> {
  const activity = loadActivity('message-personal', connector.url, { text });
  const res = await postActivity(service.url, activity);
  expect(res.status).toBe(200);
  const sent = connector.sentActivities();
  expect(sent).toHaveLength(1);
  return sent[0] as SentActivity;
}

describe('help in a personal chat', () => {
  it('replies once, to the message, with the help card listing `help`', async () => {
    const activity = loadActivity('message-personal', connector.url, { text: 'help' });
    const conversationId = activity.conversation?.id ?? '';

    const res = await postActivity(service.url, activity);

    expect(res.status).toBe(200);
    expect(connector.requests()).toHaveLength(1);
    expect(connector.requests()[0]).toMatchObject({
      method: 'POST',
      path: `/v3/conversations/${conversationId}/activities/${activity.id}`,
      status: 201,
    });
    const [reply] = connector.sentActivities();
    expect(reply).toMatchObject({ conversationId, replyToId: activity.id });
    expect(reply?.activity).toMatchObject({
      replyToId: activity.id,
      conversation: { id: conversationId },
      recipient: { id: activity.from?.id },
      from: { id: activity.recipient?.id },
    });
    expect(commandsListed(cardOf(reply as SentActivity))).toContain('help');
  });

  it('sends an Adaptive Card that declares schema version 1.5', async () => {
    const card = cardOf(await replyInPersonalChat('help'));
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
  });

  it.each(['HELP', '  Help  ', '/help', 'help me please'])('understands %j as help', async (text) => {
    expect(commandsListed(cardOf(await replyInPersonalChat(text)))).toContain('help');
    expect(logs.withMessage('command')).toMatchObject([{ command: 'help' }]);
  });

  it.each(['dance', '', '   '])(
    'answers %j, which is no command, with the help card rather than silence',
    async (text) => {
      expect(commandsListed(cardOf(await replyInPersonalChat(text)))).toContain('help');
      expect(logs.withMessage('command')).toMatchObject([{ command: 'unknown' }]);
    },
  );
});

describe('help in a channel', () => {
  it('strips the @mention and answers in the thread of the message', async () => {
    const activity = loadActivity('message-channel-mention', connector.url);
    expect(activity.text).toBe('<at>Bot</at> help');
    const threadId = activity.conversation?.id ?? '';
    expect(threadId).toContain(';messageid=');

    const res = await postActivity(service.url, activity);

    expect(res.status).toBe(200);
    const sent = connector.sentActivities();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ conversationId: threadId, replyToId: activity.id });
    expect(commandsListed(cardOf(sent[0] as SentActivity))).toContain('help');
    // Every text gets the help card today, so only the parsed command word shows the mention was removed.
    expect(logs.withMessage('command')).toMatchObject([{ command: 'help' }]);
  });
});
