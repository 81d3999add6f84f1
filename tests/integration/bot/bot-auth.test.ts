import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  startBotFrameworkIssuer,
  type BotFrameworkIssuer,
  type SigningKey,
} from '../../support/bot-framework-issuer.ts';
import { captureLogs } from '../../support/captured-logs.ts';
import { postActivity } from '../../support/post-activity.ts';
import { startRecordingConnector, type RecordingConnector } from '../../support/recording-connector.ts';
import { startTestService, testConfig, type TestService } from '../../support/service-harness.ts';
import { loadActivity } from '../../support/teams-fixtures.ts';
import type { WireActivity } from '../../support/teams-wire.ts';

const APP_ID = '00000000-0000-4000-8000-0000000000b1';

const logs = captureLogs();
let issuer: BotFrameworkIssuer;
let connector: RecordingConnector;
let service: TestService;
let activity: WireActivity;
/** Keys the issuer never published: one reusing its key id, as a forger would, and one with a new id. */
let forgedKey: SigningKey;
let strangerKey: SigningKey;

beforeAll(async () => {
  // botbuilder's token extractor console.errors every rejected token; the service's own logs are asserted.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  [issuer, connector] = await Promise.all([startBotFrameworkIssuer(), startRecordingConnector()]);
  service = await startTestService({
    config: testConfig({ bot: { appId: APP_ID, appPassword: 'x', appType: 'MultiTenant' } }),
    botAuthOverrides: issuer.authOverrides,
    logger: logs.logger,
  });
  // An invoke, answered in the HTTP response: a reply message would need a bot token from
  // ToChannelFromBotLoginUrl, which MSAL refuses to fetch over plain http.
  activity = loadActivity('invoke-adaptive-card-action', connector.url, {
    value: { action: { type: 'Action.Execute', verb: 'chooseTeam', data: { command: 'nonsense' } } },
  });
  [forgedKey, strangerKey] = await Promise.all([
    issuer.unpublishedKey(issuer.publishedKid),
    issuer.unpublishedKey(),
  ]);
});
afterEach(() => {
  connector.reset();
  logs.clear();
});
afterAll(async () => {
  await service.close();
  await Promise.all([connector.close(), issuer.close()]);
  vi.restoreAllMocks();
});

function post(token?: string) {
  return postActivity(service.url, activity, token === undefined ? {} : { authorization: `Bearer ${token}` });
}

/** The card-action handler ran: the activity got past authentication into the bot. */
function reachedTheBot(): boolean {
  return logs.withMessage('card action').some((entry) => entry.activityId === activity.id);
}

it('accepts a Bot Connector token signed by the published key and runs the turn', async () => {
  const res = await post(await issuer.mint(APP_ID, connector.url));

  expect(res).toMatchObject({
    status: 200,
    body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message' },
  });
  expect(reachedTheBot()).toBe(true);
});

describe('rejects with 401 before the bot runs', () => {
  async function expectRejected(token: string | undefined): Promise<void> {
    const res = await post(token);
    expect(res).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
    expect(reachedTheBot()).toBe(false);
    expect(connector.requests()).toEqual([]);
    expect(logs.withMessage('bot request rejected')).toHaveLength(1);
    if (token) expect(logs.text()).not.toContain(token);
  }

  it('no token', async () => {
    await expectRejected(undefined);
  });

  it('a token for another bot (wrong aud)', async () => {
    await expectRejected(await issuer.mint('00000000-0000-4000-8000-0000000000ff', connector.url));
  });

  it('an expired token', async () => {
    await expectRejected(await issuer.mint(APP_ID, connector.url, { expiresInSeconds: -600 }));
  });

  it('a token signed by another key under the published kid (a forgery; CloudAdapter alone answers 500)', async () => {
    await expectRejected(await issuer.mint(APP_ID, connector.url, { key: forgedKey }));
  });

  it('a token signed by a key that was never published', async () => {
    await expectRejected(await issuer.mint(APP_ID, connector.url, { key: strangerKey }));
  });

  it('a token issued for another serviceUrl', async () => {
    await expectRejected(await issuer.mint(APP_ID, 'https://smba.trafficmanager.net/emea/'));
  });

  it('a token from another issuer', async () => {
    await expectRejected(
      await issuer.mint(APP_ID, connector.url, { claims: { iss: 'https://sts.windows.net/evil/' } }),
    );
  });
});

it('keeps a failure to fetch the signing keys a server error, not a 401', async () => {
  const missing = new URL(
    '/missing/openid-configuration',
    issuer.authOverrides.ToBotFromChannelOpenIdMetadataUrl,
  ).href;
  const broken = await startTestService({
    config: testConfig({ bot: { appId: APP_ID, appPassword: 'x', appType: 'MultiTenant' } }),
    botAuthOverrides: {
      ...issuer.authOverrides,
      ToBotFromChannelOpenIdMetadataUrl: missing,
      ToBotFromEmulatorOpenIdMetadataUrl: missing,
    },
    logger: logs.logger,
  });
  try {
    const token = await issuer.mint(APP_ID, connector.url);
    const res = await postActivity(broken.url, activity, { authorization: `Bearer ${token}` });
    expect(res).toMatchObject({ status: 500, body: { error: { code: 'internal' } } });
    expect(logs.withMessage('unhandled error')).toHaveLength(1);
    expect(connector.requests()).toEqual([]);
  } finally {
    await broken.close();
  }
});
