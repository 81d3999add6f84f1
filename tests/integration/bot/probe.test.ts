import { expect, it } from 'vitest';
import { startRecordingConnector } from '../../support/recording-connector.ts';
import { loadActivity } from '../../support/teams-fixtures.ts';
import { startTestService } from '../../support/service-harness.ts';
import { postActivity } from '../../support/post-activity.ts';

it('probe', async () => {
  const connector = await startRecordingConnector();
  const service = await startTestService();
  for (const body of [
    loadActivity('message-personal', connector.url, { text: 'help' }),
    loadActivity('message-channel-mention', connector.url),
    loadActivity('conversation-update-bot-added-team', connector.url),
    {},
    { type: 'message' },
    loadActivity('message-personal', connector.url, { conversation: undefined }),
    loadActivity('message-personal', connector.url, { from: undefined }),
  ]) {
    const res = await postActivity(service.url, body);
    console.log(
      res.status,
      JSON.stringify(res.body),
      JSON.stringify(connector.requests(), null, 1).slice(0, 3000),
    );
    connector.reset();
  }
  await service.close();
  await connector.close();
  expect(1).toBe(1);
});
