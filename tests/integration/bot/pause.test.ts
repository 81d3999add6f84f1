import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  channelMessage,
  createBotTeam,
  personalMessage,
  type BotPerson,
  type BotTeam,
} from '../../support/bot-team.ts';
import { postActivity } from '../../support/post-activity.ts';
import { startRecordingConnector, type RecordingConnector } from '../../support/recording-connector.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';
import type { WireActivity } from '../../support/teams-wire.ts';
import { testClock } from '../api/test-clock.ts';
import { addToTeam, deactivate } from './team-membership.ts';
import { repliesText } from '../../../shared/cards/i18n/replies-text.ts';

/** The bot's English replies, as the catalog has them. */
const english = repliesText('en-US');

/** Wednesday 3 June 2026, noon UTC: already Thursday in Auckland, still Wednesday morning in Honolulu. */
const clock = testClock('2026-06-03T12:00:00.000Z');
let connector: RecordingConnector;
let service: TestService;

beforeAll(async () => {
  connector = await startRecordingConnector();
  service = await startTestService({ now: clock.now });
});
afterEach(() => connector.reset());
afterAll(async () => {
  await service.close();
  await connector.close();
});

/** Posts a message and answers the text of the one reply it got. */
async function replyTo(activity: WireActivity): Promise<string> {
  const before = connector.sentActivities().length;
  const res = await postActivity(service.url, activity);
  expect(res.status).toBe(200);
  const sent = connector.sentActivities();
  expect(sent).toHaveLength(before + 1);
  expect(sent.at(-1)).toMatchObject({ replyToId: activity.id });
  return String(sent.at(-1)?.activity.text);
}

async function pausedUntil(team: BotTeam, person: BotPerson): Promise<string | undefined> {
  return (await service.repos.members.get(team, person.userId))?.value.pausedUntil;
}

async function memberOfOneTeam(timeZone = 'UTC'): Promise<{ team: BotTeam; person: BotPerson }> {
  const team = await createBotTeam(service.repos, connector, { memberCount: 1, timeZones: [timeZone] });
  return { team, person: team.people[1] as BotPerson };
}

describe('pause <until>', () => {
  it('without a day explains itself and pauses nothing', async () => {
    const { team, person } = await memberOfOneTeam();
    const text = await replyTo(personalMessage(connector, person, 'pause'));
    expect(text).toContain('pause 2026-12-31, pause 2 weeks, pause 3 days or pause friday');
    expect(text).toContain('resume');
    expect(await pausedUntil(team, person)).toBeUndefined();
  });

  it('pauses until a date and confirms it with the weekday', async () => {
    const { team, person } = await memberOfOneTeam();
    expect(await replyTo(personalMessage(connector, person, 'pause 2026-07-15'))).toBe(
      'Check-ins paused until Wed 15 Jul 2026. Type resume to restart.',
    );
    expect(await pausedUntil(team, person)).toBe('2026-07-15');
  });

  it('is understood in a channel too, with the @mention, case-insensitively', async () => {
    const { team, person } = await memberOfOneTeam();
    expect(await replyTo(channelMessage(connector, team, person, 'Pause until Friday'))).toBe(
      'Check-ins paused until Fri 5 Jun 2026. Type resume to restart.',
    );
    expect(await pausedUntil(team, person)).toBe('2026-06-05');
  });

  it('pauses the person on every active team of theirs, and resume clears them all', async () => {
    const { team, person } = await memberOfOneTeam();
    const second = await createBotTeam(service.repos, connector, { memberCount: 1 });
    const removed = await createBotTeam(service.repos, connector, { memberCount: 1 });
    await addToTeam(service.repos, second, person);
    await addToTeam(service.repos, removed, person);
    await deactivate(service.repos, removed);

    expect(await replyTo(personalMessage(connector, person, 'pause 2 weeks'))).toBe(
      'Check-ins paused until Tue 16 Jun 2026 on all 2 of your teams. Type resume to restart.',
    );
    expect(await pausedUntil(team, person)).toBe('2026-06-16');
    expect(await pausedUntil(second, person)).toBe('2026-06-16');
    expect(await pausedUntil(removed, person)).toBeUndefined();
    // Teammates are not touched.
    expect(await pausedUntil(team, team.leader)).toBeUndefined();

    expect(await replyTo(personalMessage(connector, person, 'resume'))).toBe(english('card.replies.resumed'));
    expect(await pausedUntil(team, person)).toBeUndefined();
    expect(await pausedUntil(second, person)).toBeUndefined();

    expect(await replyTo(personalMessage(connector, person, 'RESUME'))).toBe(
      english('card.replies.notPaused'),
    );
  });

  it('counts days from the person’s own today, in their time zone', async () => {
    const auckland = await memberOfOneTeam('Pacific/Auckland');
    const honolulu = await memberOfOneTeam('Pacific/Honolulu');
    await replyTo(personalMessage(connector, auckland.person, 'pause today'));
    await replyTo(personalMessage(connector, honolulu.person, 'pause today'));
    expect(await pausedUntil(auckland.team, auckland.person)).toBe('2026-06-04');
    expect(await pausedUntil(honolulu.team, honolulu.person)).toBe('2026-06-03');
  });

  it('falls back to the team’s time zone when the person’s is not known', async () => {
    const team = await createBotTeam(service.repos, connector, {
      memberCount: 1,
      settings: { timeZone: 'Pacific/Auckland' },
    });
    const person = team.people[1] as BotPerson;
    await service.repos.members.update(team, person.userId, ({ timeZone: _zone, ...member }) => member);
    const message = personalMessage(connector, person, 'pause tomorrow');
    delete message.localTimezone;
    message.entities = [];
    expect(await replyTo(message)).toBe('Check-ins paused until Fri 5 Jun 2026. Type resume to restart.');
  });

  it.each([
    ['pause someday', 'I could not read that as a day. Type it like pause 2026-12-31'],
    ['pause 2026-02-30', 'I could not read that as a day.'],
    ['pause 2026-06-01', 'That day has already passed.'],
    ['pause 2026-12-31', 'Check-ins can pause for up to 90 days, until Tue 1 Sep 2026 at the latest.'],
  ])('answers %j with what is wrong and the expected format, and pauses nothing', async (text, answer) => {
    const { team, person } = await memberOfOneTeam();
    const reply = await replyTo(personalMessage(connector, person, text));
    expect(reply).toContain(answer);
    expect(reply).toContain('pause 2 weeks');
    expect(await pausedUntil(team, person)).toBeUndefined();
  });

  it('replaces an earlier pause with the new day', async () => {
    const { team, person } = await memberOfOneTeam();
    await replyTo(personalMessage(connector, person, 'pause 2026-07-15'));
    await replyTo(personalMessage(connector, person, 'pause 3 days'));
    expect(await pausedUntil(team, person)).toBe('2026-06-05');
  });

  it('resume clears a pause that has run out, and says nothing was paused', async () => {
    const { team, person } = await memberOfOneTeam();
    await service.repos.members.update(team, person.userId, (m) => ({ ...m, pausedUntil: '2026-05-20' }));
    expect(await replyTo(personalMessage(connector, person, 'resume'))).toBe(
      english('card.replies.notPaused'),
    );
    expect(await pausedUntil(team, person)).toBeUndefined();
  });

  it.each(['pause 2 weeks', 'resume'])('%j from someone on no Cadence team says so', async (text) => {
    const { person } = await memberOfOneTeam();
    const stranger = {
      ...person,
      userId: '00000000-0000-4000-8000-00000000f00d',
      teamsUserId: '29:1fake-nobody',
    };
    expect(await replyTo(personalMessage(connector, stranger, text))).toBe(
      english('card.replies.notOnATeam'),
    );
  });
});
