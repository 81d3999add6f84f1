import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRecordingConnector, type RecordingConnector } from '../../support/recording-connector.ts';
import { startTestService, testConfig, type TestService } from '../../support/service-harness.ts';
import { scheduledTeam, type ScheduledTeam } from './scheduled-team.ts';

/** Monday 2026-03-09, 10:00 in New York and 15:00 in Berlin: both members' 09:00 check-in is due. */
const NOW = new Date('2026-03-09T14:00:00.000Z');
const ZONES = ['America/New_York', 'Europe/Berlin', 'Asia/Kolkata'];

let connector: RecordingConnector;
let instances: TestService[] = [];
let scheduled: ScheduledTeam;

function chatsOpenedWith(teamsUserId: string): number {
  return connector
    .requests()
    .filter(
      (request) =>
        request.path === '/v3/conversations' &&
        (request.body as { members?: Array<{ id?: string }> }).members?.[0]?.id === teamsUserId,
    ).length;
}

beforeAll(async () => {
  connector = await startRecordingConnector();
  // Two instances of the service on one storage account and queue, each running the scheduler and workers.
  const config = testConfig({ cadence: { enabled: true, workers: 2, tenantRps: 40, tickSeconds: 5 } });
  const first = await startTestService({ config, now: () => NOW });
  scheduled = await scheduledTeam(first.repos, ZONES, { serviceUrl: connector.url });
  const second = await startTestService({ config, now: () => NOW });
  instances = [first, second];
});
afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.close()));
  await connector.close();
});

describe('the weekly fan-out in the running service', () => {
  it("sends each member one check-in card at their local time, and last week's summary and digest once, across two instances", async () => {
    // The leader (team clock, UTC) and the three zones are all past 09:00 on Monday; last week's window
    // closed on Thursday, so its summary (channel) and the leader's digest (1:1) are due too.
    const people = scheduled.people;
    await connector.waitForActivities(people.length + 2, 20_000);
    // Give a duplicate, if any, the time to arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 1500));

    const sent = connector.sentActivities();
    const titleOf = (index: number) => {
      const card = sent[index]?.activity.attachments?.[0]?.content as { body?: Array<{ text?: string }> };
      return card.body?.[0]?.text ?? '';
    };
    const titles = sent.map((_, index) => titleOf(index));
    expect(titles.filter((title) => title.startsWith('Check-in ·'))).toHaveLength(people.length);
    expect(titles.filter((title) => title.startsWith('Check-in summary'))).toHaveLength(1);
    expect(titles.filter((title) => title.startsWith('Your weekly digest'))).toHaveLength(1);
    expect(sent).toHaveLength(people.length + 2);
    for (const person of people) expect(chatsOpenedWith(person.teamsUserId), person.name).toBe(1);
    expect(
      sent.filter((activity) => activity.conversationId === scheduled.team.conversation?.conversationId),
    ).toHaveLength(1);
  });

  it('stops its scheduler and workers when the service closes', async () => {
    const [first] = instances;
    await expect(first?.close()).resolves.toBeUndefined();
    instances = instances.slice(1);
  });
});
