import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  cardInvoke,
  createBotTeam,
  personalMessage,
  postInvoke,
  type BotPerson,
  type BotTeam,
} from '../../support/bot-team.ts';
import { addTask, cardOfInvoke, cardOfSent, cardTexts, submission } from '../../support/check-in-cards.ts';
import { postActivity } from '../../support/post-activity.ts';
import { startRecordingConnector, type RecordingConnector } from '../../support/recording-connector.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';
import type { Task } from '../../../shared/domain/task.ts';

const NY = 'America/New_York';
const TUESDAY = '2026-03-10T14:00:00.000Z';

let connector: RecordingConnector;
let service: TestService;
let now = new Date(TUESDAY);

beforeAll(async () => {
  connector = await startRecordingConnector();
  service = await startTestService({ now: () => new Date(now) });
});
beforeEach(() => {
  now = new Date(TUESDAY);
});
afterEach(() => connector.reset());
afterAll(async () => {
  await service.close();
  await connector.close();
});

interface Scene {
  team: BotTeam;
  bob: BotPerson;
  carol: BotPerson;
  task: Task;
}

async function scene(): Promise<Scene> {
  const team = await createBotTeam(service.repos, connector, { memberCount: 2, timeZones: [NY] });
  const [, bob, carol] = team.people as [BotPerson, BotPerson, BotPerson];
  const task = await addTask(service.repos, team, bob, 'Review the API', 'todo');
  return { team, bob, carol, task };
}

/** Bob's answer from his `checkin` card: blocked on the task, asking Carol for help. */
async function bobsAnswer(s: Scene): Promise<Record<string, unknown>> {
  await postActivity(service.url, personalMessage(connector, s.bob, 'checkin'));
  const card = cardOfSent(connector.sentActivities().at(-1));
  connector.reset();
  return submission(card, {
    confidence: '2',
    blockers: 'Waiting for access',
    [`task.${s.task.id}`]: 'blocked',
    helpFrom: s.carol.userId,
  });
}

function submitActivity(s: Scene, data: Record<string, unknown>) {
  return cardInvoke(connector, s.bob, 'checkinSubmit', data, { localTimezone: NY });
}

function helpPings(): number {
  return connector.sentActivities().filter((sent) => sent.activity.summary?.endsWith('asks for your help'))
    .length;
}

async function storedCheckIn(s: Scene) {
  return (await service.repos.checkIns.get(s.team.team, '2026-W11', s.bob.userId))?.value;
}

describe('a redelivered message', () => {
  it('gets exactly one reply, posted twice in a row or at once', async () => {
    const s = await scene();
    const message = personalMessage(connector, s.bob, 'checkin');

    expect((await postActivity(service.url, message)).status).toBe(200);
    expect((await postActivity(service.url, message)).status).toBe(200);
    expect(connector.sentActivities()).toHaveLength(1);

    connector.reset();
    const again = personalMessage(connector, s.bob, 'help');
    const answers = await Promise.all([postActivity(service.url, again), postActivity(service.url, again)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(connector.sentActivities()).toHaveLength(1);
  });
});

describe('a redelivered check-in invoke', () => {
  it('answers the same body and writes once: updatedAt unchanged, one help ping, one task move', async () => {
    const s = await scene();
    const activity = submitActivity(s, await bobsAnswer(s));

    const first = await postInvoke(service.url, activity);
    const written = await storedCheckIn(s);
    const movedAt = (await service.repos.tasks.get(s.team.team, s.task.id))?.value.updatedAt;
    now = new Date('2026-03-10T15:00:00.000Z');
    const second = await postInvoke(service.url, activity);

    expect(second).toEqual(first);
    expect(cardTexts(cardOfInvoke(first.body))).toContainEqual(
      expect.stringMatching(/^Submitted — you can edit until/),
    );
    expect(await storedCheckIn(s)).toEqual(written);
    expect(written?.updatedAt).toBe(TUESDAY);
    expect((await service.repos.tasks.get(s.team.team, s.task.id))?.value.updatedAt).toBe(movedAt);
    expect(helpPings()).toBe(1);
  });

  it('has one effect when the duplicates arrive at once', async () => {
    const s = await scene();
    const activity = submitActivity(s, await bobsAnswer(s));

    const answers = await Promise.all([
      postInvoke(service.url, activity),
      postInvoke(service.url, activity),
      postInvoke(service.url, activity),
    ]);

    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(helpPings()).toBe(1);
    expect(await service.repos.checkIns.listWeek(s.team.team, '2026-W11')).toHaveLength(1);
    expect((await service.repos.tasks.get(s.team.team, s.task.id))?.value).toMatchObject({
      status: 'blocked',
      blockedSince: TUESDAY,
    });
  });

  it('is idempotent even as a new activity: pressing Submit twice with the same answer changes nothing', async () => {
    const s = await scene();
    const data = await bobsAnswer(s);
    await postInvoke(service.url, submitActivity(s, data));
    const written = await storedCheckIn(s);
    const task = (await service.repos.tasks.get(s.team.team, s.task.id))?.value;
    now = new Date('2026-03-10T15:00:00.000Z');

    const again = await postInvoke(service.url, submitActivity(s, data));

    expect(cardTexts(cardOfInvoke(again.body))).toContainEqual(
      expect.stringMatching(/^Submitted — you can edit until/),
    );
    expect(await storedCheckIn(s)).toEqual(written);
    expect((await service.repos.tasks.get(s.team.team, s.task.id))?.value).toEqual(task);
    expect(helpPings()).toBe(1);
  });
});
