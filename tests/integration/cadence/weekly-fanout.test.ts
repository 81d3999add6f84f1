import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRecordingConnector, type RecordingConnector } from '../../support/recording-connector.ts';
import { startTestService, testConfig, type TestService } from '../../support/service-harness.ts';
import { answer, scheduledTeam, type ScheduledTeam } from './scheduled-team.ts';

const WEEK = '2026-W11';
/** Team clock Berlin; members in New York (DST began the day before), Berlin and Kolkata (UTC+5:30). */
const ZONES = ['America/New_York', 'Europe/Berlin', 'Asia/Kolkata'];
/** Monday 9 March 2026, 14:00Z: everyone's local Monday 09:00 has come (New York's at 13:00Z). */
const MONDAY = new Date('2026-03-09T14:00:00.000Z');
/** Wednesday 23:00Z: past 80 % of every member's 72 h window (New York's is at 22:36Z), none closed. */
const WEDNESDAY = new Date('2026-03-11T23:00:00.000Z');
/** Thursday 14:00Z: the team's window (Berlin, Monday 08:00Z + 72 h) has closed. */
const THURSDAY = new Date('2026-03-12T14:00:00.000Z');

let connector: RecordingConnector;
let instances: TestService[] = [];
let scheduled: ScheduledTeam;
let now = MONDAY;

function titles(): string[] {
  return connector.sentActivities().map((sent) => {
    const card = sent.activity.attachments?.[0]?.content as { body?: Array<{ text?: string }> } | undefined;
    return card?.body?.[0]?.text ?? '';
  });
}

/** Each person's 1:1 conversation, from the check-in cards of Monday (their second line names them). */
function conversationsByName(): Map<string, string> {
  const byName = new Map<string, string>();
  for (const sent of connector.sentActivities()) {
    const card = sent.activity.attachments?.[0]?.content as { body?: Array<{ text?: string }> } | undefined;
    if (!card?.body?.[0]?.text?.startsWith('Check-in ·')) continue;
    const name = /^(.+), week /.exec(card.body[1]?.text ?? '')?.[1];
    if (name) byName.set(name, sent.conversationId);
  }
  return byName;
}

async function settle(expectedTotal: number): Promise<void> {
  await connector.waitForActivities(expectedTotal, 20_000);
  // A duplicate, if there were one, would come within a tick or two of the others.
  await new Promise((resolve) => setTimeout(resolve, 6000));
}

beforeAll(async () => {
  connector = await startRecordingConnector();
  // Two instances on one storage account and queue, each running the scheduler (every 5 s) and workers.
  const config = testConfig({ cadence: { enabled: true, workers: 2, tenantRps: 40, tickSeconds: 5 } });
  const clock = () => now;
  const first = await startTestService({ config, now: clock });
  scheduled = await scheduledTeam(first.repos, ZONES, {
    serviceUrl: connector.url,
    // Installed after last week closed: no summary is owed for it.
    installedAt: '2026-03-08T00:00:00.000Z',
  });
  const second = await startTestService({ config, now: clock });
  instances = [first, second];
});
afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.close()));
  await connector.close();
});

describe('a week of check-ins in two running instances', () => {
  it('Monday: each member gets exactly one check-in card at their own local 09:00', async () => {
    const people = scheduled.people;
    await settle(people.length);
    expect(titles()).toHaveLength(people.length);
    expect(titles().every((title) => title.startsWith('Check-in ·'))).toBe(true);
    const conversations = conversationsByName();
    expect([...conversations.keys()].sort()).toEqual(people.map((person) => person.name).sort());
    expect(new Set(conversations.values()).size).toBe(people.length);
  });

  it('Wednesday: one reminder to each member who has not answered, none to the one who has', async () => {
    const [, , berlin] = scheduled.people;
    await answer(instances[0]!.repos, scheduled.scope, WEEK, berlin!.userId);
    const before = titles().length;
    now = WEDNESDAY;
    await settle(before + scheduled.people.length - 1);
    const reminders = connector.sentActivities().slice(before);
    expect(reminders).toHaveLength(scheduled.people.length - 1);
    expect(titles().slice(before)).toEqual(reminders.map(() => 'Check-in reminder'));
    const answered = conversationsByName().get(berlin!.name);
    expect(new Set(reminders.map((sent) => sent.conversationId)).size).toBe(reminders.length);
    expect(reminders.map((sent) => sent.conversationId)).not.toContain(answered);
  });

  it('Thursday: the summary is posted in the channel once, and the leader gets one digest', async () => {
    const before = titles().length;
    now = THURSDAY;
    await settle(before + 2);
    const latest = connector.sentActivities().slice(before);
    expect(latest).toHaveLength(2);
    const channel = scheduled.team.conversation?.conversationId;
    expect(latest.filter((sent) => sent.conversationId === channel)).toHaveLength(1);
    expect(titles().slice(before).sort()).toEqual([
      expect.stringMatching(/^Check-in summary/),
      expect.stringMatching(/^Your weekly digest/),
    ]);
  });

  it('stops its scheduler and workers when the service closes', async () => {
    const [first, ...rest] = instances;
    await expect(first?.close()).resolves.toBeUndefined();
    instances = rest;
  });
});
