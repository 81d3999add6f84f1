import { beforeEach, describe, expect, it } from 'vitest';
import { checkinJob } from '../../../bot/cadence/checkin-job.ts';
import type { JobPlan } from '../../../bot/cadence/job-handler.ts';
import { reminderJob } from '../../../bot/cadence/reminder-job.ts';
import type { BotDeps } from '../../../bot/handlers/bot-deps.ts';
import { refreshCheckIn } from '../../../bot/handlers/check-in/refresh-check-in-action.ts';
import type { Outbound } from '../../../bot/handlers/outbound.ts';
import { tabLinks } from '../../../bot/handlers/tab-links.ts';
import type { AdaptiveCard } from '../../../shared/cards/adaptive-card.ts';
import type { Repositories } from '../../../shared/store/repositories.ts';
import { checkCard } from '../../support/adaptive-card-check.ts';
import { captureLogs } from '../../support/captured-logs.ts';
import { testRepositories } from '../../support/test-repositories.ts';
import { answer, scheduledTeam, type ScheduledTeam } from './scheduled-team.ts';

const NY = 'America/New_York';
const KOLKATA = 'Asia/Kolkata';
/** Tuesday of week 11 of 2026: every window of the team is open (New York's since 13:00 UTC Monday). */
const TUESDAY = new Date('2026-03-10T12:00:00Z');

const unusedOutbound: Outbound = {
  toConversation: () => Promise.reject(new Error('handlers plan; they never send')),
  toPerson: () => Promise.reject(new Error('handlers plan; they never send')),
  update: () => Promise.reject(new Error('handlers plan; they never send')),
};

let repos: Repositories;
let deps: BotDeps;
let seeded: ScheduledTeam;

beforeEach(async () => {
  ({ repos } = await testRepositories());
  deps = {
    repos,
    now: () => new Date('2000-01-01T00:00:00Z'),
    logger: captureLogs().logger,
    outbound: unusedOutbound,
    links: tabLinks({ baseUrl: 'https://cadence.example.test' }),
  };
  seeded = await scheduledTeam(repos, [NY, KOLKATA]);
});

function person(index: number) {
  const found = seeded.people[index];
  if (!found) throw new Error(`no person ${index}`);
  return found;
}

function jobFor<K extends 'checkin' | 'reminder'>(kind: K, index: number, week = '2026-W11') {
  return { kind, ...seeded.scope, week, userId: person(index).userId };
}

function cardOf(plan: JobPlan): AdaptiveCard {
  if (plan.kind !== 'send' || plan.reply.kind !== 'card')
    throw new Error(`expected a card, got ${plan.kind}`);
  return plan.reply.card;
}

describe('the check-in job', () => {
  it('plans the member’s own check-in card for the week, 1:1, at the team’s service URL', async () => {
    const ny = person(1);
    const plan = await checkinJob(deps, jobFor('checkin', 1), TUESDAY);
    expect(plan).toMatchObject({
      kind: 'send',
      destination: {
        kind: 'person',
        address: {
          tenantId: seeded.scope.tenantId,
          serviceUrl: seeded.team.conversation?.serviceUrl,
          teamsUserId: ny.teamsUserId,
        },
      },
      reply: { kind: 'card', summary: 'Your check-in for week 11 of 2026' },
    });
    const card = cardOf(plan);
    expect(checkCard(card).warnings).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain('"verb":"checkinSubmit"');
    expect(text).toContain(`"userId":"${ny.userId}"`);
    expect(text).toContain('"week":"2026-W11"');
    // The window on the member's own clock: New York, in daylight time since Sunday.
    expect(text).toContain('EDT');
  });

  it.each([
    [
      'the member left',
      async () => repos.members.update(seeded.scope, person(1).userId, (m) => ({ ...m, active: false })),
      'the member left the team',
    ],
    [
      'the member is paused',
      async () =>
        repos.members.update(seeded.scope, person(1).userId, (m) => ({ ...m, pausedUntil: '2026-03-13' })),
      'the member is paused',
    ],
    [
      'the member has no Teams id',
      async () => repos.members.update(seeded.scope, person(1).userId, ({ teamsUserId: _, ...m }) => m),
      'the member has no Teams user id yet',
    ],
    [
      'the team was removed',
      async () => repos.teams.update(seeded.scope, (t) => ({ ...t, active: false })),
      'the team is inactive or removed',
    ],
  ])('skips when %s', async (_case, change, reason) => {
    await change();
    expect(await checkinJob(deps, jobFor('checkin', 1), TUESDAY)).toEqual({ kind: 'skip', reason });
  });

  it('skips once the window closed (the job waited in the queue too long), and for a week not yet open', async () => {
    // Kolkata's window of week 11 closed at 03:30 UTC on Thursday 12 March.
    const late = await checkinJob(deps, jobFor('checkin', 2), new Date('2026-03-12T04:00:00Z'));
    expect(late).toEqual({ kind: 'skip', reason: 'the check-in window is closed' });
    const early = await checkinJob(deps, jobFor('checkin', 2, '2026-W12'), TUESDAY);
    expect(early).toEqual({ kind: 'skip', reason: 'the check-in window is upcoming' });
  });
});

describe('the reminder job', () => {
  it('plans a short reminder with the deadline on the member’s clock, for the member alone', async () => {
    const kolkata = person(2);
    const plan = await reminderJob(deps, jobFor('reminder', 2), new Date('2026-03-11T14:00:00Z'));
    expect(plan).toMatchObject({
      kind: 'send',
      destination: { kind: 'person', address: { teamsUserId: kolkata.teamsUserId } },
      reply: { kind: 'card', summary: 'Reminder: your check-in for week 11 of 2026' },
    });
    const card = cardOf(plan);
    expect(checkCard(card).warnings).toEqual([]);
    expect(JSON.stringify(card)).toContain('Thursday, Mar 12, 9:00 AM GMT+5:30');
  });

  it('skips members who answered, are paused or left', async () => {
    await answer(repos, seeded.scope, '2026-W11', person(1).userId);
    await repos.members.update(seeded.scope, person(2).userId, (m) => ({ ...m, pausedUntil: '2026-03-20' }));
    await repos.members.update(seeded.scope, person(0).userId, (m) => ({ ...m, active: false }));
    const at = new Date('2026-03-11T20:00:00Z');
    expect(await reminderJob(deps, jobFor('reminder', 1), at)).toEqual({
      kind: 'skip',
      reason: 'the member already answered',
    });
    expect(await reminderJob(deps, jobFor('reminder', 2), at)).toEqual({
      kind: 'skip',
      reason: 'the member is paused',
    });
    expect(await reminderJob(deps, jobFor('reminder', 0), at)).toEqual({
      kind: 'skip',
      reason: 'the member left the team',
    });
  });

  it('opens the check-in card in place when its button is pressed (checkinRefresh)', async () => {
    const ny = person(1);
    const card = cardOf(await reminderJob(deps, jobFor('reminder', 1), TUESDAY));
    const [button] = card.actions ?? [];
    const actor = {
      tenantId: seeded.scope.tenantId,
      userId: ny.userId,
      teamsUserId: ny.teamsUserId,
      name: ny.name,
      conversation: { id: 'a:1fake-personal', kind: 'personal' as const },
      serviceUrl: seeded.team.conversation?.serviceUrl ?? '',
    };
    const result = await refreshCheckIn(
      { ...deps, now: () => TUESDAY },
      { verb: 'checkinRefresh', data: button?.['data'] as Record<string, unknown>, actor, trigger: 'manual' },
    );
    expect(result.kind).toBe('card');
    expect(JSON.stringify(result)).toContain('"verb":"checkinSubmit"');
  });
});
