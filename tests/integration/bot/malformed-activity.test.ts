import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { postActivity } from '../../support/post-activity.ts';
import { startRecordingConnector, type RecordingConnector } from '../../support/recording-connector.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';
import { loadActivity, type ActivityPatch } from '../../support/teams-fixtures.ts';

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

const cases: Array<[string, (serviceUrl: string) => unknown, string]> = [
  ['an empty object', () => ({}), 'type'],
  ['a JSON array', () => [], 'body'],
  ['an activity without a type', (url) => message(url, { type: undefined }), 'type'],
  ['an activity with an empty type', (url) => message(url, { type: '' }), 'type'],
  ['an activity without a conversation', (url) => message(url, { conversation: undefined }), 'conversation'],
  [
    'a conversation without an id',
    (url) => message(url, { conversation: { id: undefined } }),
    'conversation.id',
  ],
  ['an activity without a sender', (url) => message(url, { from: undefined }), 'from'],
  ['an activity without a recipient', (url) => message(url, { recipient: undefined }), 'recipient'],
  ['an activity without a serviceUrl', (url) => message(url, { serviceUrl: undefined }), 'serviceUrl'],
  [
    'a serviceUrl that is not http(s)',
    (url) => message(url, { serviceUrl: 'file:///etc/passwd' }),
    'serviceUrl',
  ],
  ['a text that is not a string', (url) => message(url, { text: { help: true } }), 'text'],
  [
    'members added without ids',
    (url) => message(url, { membersAdded: [{ name: 'Bob' }] }),
    'membersAdded.0.id',
  ],
];

function message(serviceUrl: string, patch: ActivityPatch): unknown {
  return loadActivity('message-personal', serviceUrl, { text: 'help', ...patch });
}

it.each(cases)('answers 400 naming the field, and sends nothing, for %s', async (_name, build, field) => {
  const res = await postActivity(service.url, build(connector.url));

  expect(res.status).toBe(400);
  expect(res.body).toMatchObject({
    error: { code: 'invalid_request', field, message: expect.stringContaining(field) },
  });
  expect(connector.requests()).toEqual([]);
});

it('answers 400 to a body that is not JSON', async () => {
  const res = await fetch(new URL('/api/messages', service.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"type": "message",',
  });

  expect(res.status).toBe(400);
  expect(await res.json()).toMatchObject({ error: { code: 'invalid_request', field: 'body' } });
  expect(connector.requests()).toEqual([]);
});

it('still answers a well-formed activity after rejecting malformed ones', async () => {
  const res = await postActivity(
    service.url,
    loadActivity('message-personal', connector.url, { text: 'help' }),
  );

  expect(res.status).toBe(200);
  expect(connector.sentActivities()).toHaveLength(1);
});
