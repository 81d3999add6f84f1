import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../shared/api/routes.ts';
import type { SettingsResponse, UpdateSettingsRequest } from '../../../shared/api/settings-requests.ts';
import { TeamSettingsSchema } from '../../../shared/domain/team.ts';
import { checkInWindowAt } from '../../../shared/rules/check-in-window.ts';
import { apiClient, expectVersioned, type ApiClient } from '../../support/api-client.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';
import { createTeamFixture, type TeamFixture } from '../../support/team-fixture.ts';
import { testClock } from './test-clock.ts';

const clock = testClock('2026-03-04T12:00:00.000Z'); // a Wednesday
let service: TestService;
let team: TeamFixture;
let leader: ApiClient;
let member: ApiClient;

beforeAll(async () => {
  service = await startTestService({ now: clock.now });
});
afterAll(() => service.close());

beforeEach(async () => {
  team = await createTeamFixture(service.repos, { memberCount: 3 });
  leader = apiClient(service.url, await service.tokenFor(team.tenantId, team.leader));
  member = apiClient(service.url, await service.tokenFor(team.tenantId, team.members[0] ?? ''));
});

const path = () => apiPaths.settings(team.teamId);

async function read(client: ApiClient = leader): Promise<SettingsResponse> {
  return expectVersioned(await client.get<SettingsResponse>(path()), 200);
}

/** The settings as the tab sends them back: what was read, with `changes` on top. */
function requestFrom(
  read: SettingsResponse,
  changes: Partial<UpdateSettingsRequest['settings']> = {},
): UpdateSettingsRequest {
  const { timeZone, checkIn, questions, values, leaders, wipLimit } = read.settings;
  return { settings: { timeZone, checkIn, questions, values, leaders, wipLimit, ...changes } };
}

function put(client: ApiClient, body: unknown, ifMatch?: string) {
  return client.call<SettingsResponse>('PUT', path(), { json: body, ifMatch });
}

describe('team settings over HTTP', () => {
  it('lets any member read the settings and the active roster, versioned with the team ETag', async () => {
    const settings = await read(member);
    expect(settings.canEdit).toBe(false);
    expect(settings.teamName).toBe('Fixture team');
    expect(settings.settings).toEqual(TeamSettingsSchema.parse({ leaders: [team.leader] }));
    expect(settings.settings.checkIn).toMatchObject({ weekday: 1, localTime: '09:00', frequency: 'weekly' });
    expect(settings.roster.map((p) => p.userId).sort()).toEqual([team.leader, ...team.members].sort());
    const stored = await service.repos.teams.get(team);
    expect(settings.etag).toBe(stored?.etag);
    expect((await read(leader)).canEdit).toBe(true);
  });

  it('answers 403 to a member who writes, and changes nothing', async () => {
    const before = await read(member);
    const res = await put(member, requestFrom(before, { wipLimit: 9 }), before.etag);
    expect(res.status).toBe(403);
    expect(res.error?.code).toBe('forbidden');
    expect((await read()).settings.wipLimit).toBe(before.settings.wipLimit);
  });

  it('needs If-Match (428) and refuses a stale one with the stored settings (412)', async () => {
    const first = await read();
    const missing = await put(leader, requestFrom(first, { wipLimit: 4 }));
    expect(missing.status).toBe(428);
    expect(missing.error).toMatchObject({ code: 'precondition_required', field: 'If-Match' });

    const saved = expectVersioned(await put(leader, requestFrom(first, { wipLimit: 5 }), first.etag), 200);
    expect(saved.settings.wipLimit).toBe(5);
    expect(saved.etag).not.toBe(first.etag);

    const stale = await put(leader, requestFrom(first, { wipLimit: 6 }), first.etag);
    expect(stale.status).toBe(412);
    expect(stale.error?.code).toBe('precondition_failed');
    expect(stale.error?.current).toEqual(saved);
    expect((await read()).settings.wipLimit).toBe(5);
  });

  it('names the offending field in a 400, nested ones included', async () => {
    const current = await read();
    const cases: [UpdateSettingsRequest | Record<string, unknown>, string][] = [
      [
        requestFrom(current, { checkIn: { ...current.settings.checkIn, localTime: '9am' } }),
        'settings.checkIn.localTime',
      ],
      [
        requestFrom(current, { checkIn: { ...current.settings.checkIn, weekday: 8 } }),
        'settings.checkIn.weekday',
      ],
      [
        requestFrom(current, { checkIn: { ...current.settings.checkIn, reminderAtPercent: 100 } }),
        'settings.checkIn.reminderAtPercent',
      ],
      [requestFrom(current, { timeZone: 'Mars/Olympus_Mons' }), 'settings.timeZone'],
      [
        requestFrom(current, { questions: [{ text: 'Fine?' }, { text: '   ' }] }),
        'settings.questions.1.text',
      ],
      [
        requestFrom(current, { questions: Array.from({ length: 11 }, (_, i) => ({ text: `Q${i}` })) }),
        'settings.questions',
      ],
      [requestFrom(current, { values: [{ name: 'Grit', emoji: '' }] }), 'settings.values.0.emoji'],
      [requestFrom(current, { wipLimit: 0 }), 'settings.wipLimit'],
      [{ settings: { ...requestFrom(current).settings, colour: 'red' } }, 'settings.colour'],
      [
        requestFrom(current, { questions: [{ id: 'never-was', text: 'Sneaky?' }] }),
        'settings.questions.0.id',
      ],
    ];
    for (const [body, field] of cases) {
      const res = await put(leader, body, current.etag);
      expect(res.status, field).toBe(400);
      expect(res.error?.field, JSON.stringify(res.error)).toBe(field);
    }
    expect((await read()).etag).toBe(current.etag);
  });

  it('keeps at least one leader, and only active roster members lead', async () => {
    const current = await read();
    const none = await put(leader, requestFrom(current, { leaders: [] }), current.etag);
    expect(none.status).toBe(400);
    expect(none.error).toMatchObject({
      field: 'settings.leaders',
      message: expect.stringContaining('at least one leader'),
    });

    const outsider = await put(
      leader,
      requestFrom(current, { leaders: [team.leader, team.outsider] }),
      current.etag,
    );
    expect(outsider.status).toBe(400);
    expect(outsider.error?.field).toBe('settings.leaders.1');

    const leaver = team.members[2] ?? '';
    await service.repos.members.update(team, leaver, (m) => ({ ...m, active: false }));
    const left = await put(leader, requestFrom(current, { leaders: [leaver] }), current.etag);
    expect(left.status).toBe(400);
    expect(left.error?.field).toBe('settings.leaders.0');
    expect((await read()).settings.leaders).toEqual([team.leader]);

    // Handing over: the new leader may write, the former one no longer.
    const next = team.members[1] ?? '';
    const handed = expectVersioned(
      await put(leader, requestFrom(current, { leaders: [next] }), current.etag),
      200,
    );
    expect(handed).toMatchObject({ canEdit: false, settings: { leaders: [next] } });
    const again = await put(leader, requestFrom(handed, { wipLimit: 7 }), handed.etag);
    expect(again.status).toBe(403);
    const newLeader = apiClient(service.url, await service.tokenFor(team.tenantId, next));
    expect((await read(newLeader)).canEdit).toBe(true);
  });

  it('keeps question and value ids stable through edits and reorders, and gives new items ids', async () => {
    const first = await read();
    const added = expectVersioned(
      await put(
        leader,
        requestFrom(first, {
          questions: [{ text: 'What did you learn?' }, { text: 'Anything to celebrate?' }],
          values: [
            { id: 'teamwork', name: 'Teamwork', emoji: '🤝' },
            { name: 'Grit', emoji: '💪', description: 'Kept going.' },
          ],
        }),
        first.etag,
      ),
      200,
    );
    const [learn, celebrate] = added.settings.questions;
    expect(learn?.id).toEqual(expect.any(String));
    expect(added.settings.values.map((v) => v.id)[0]).toBe('teamwork');

    const reordered = expectVersioned(
      await put(
        leader,
        requestFrom(added, {
          questions: [
            { id: celebrate?.id, text: 'Anything to celebrate this week?' },
            { id: learn?.id, text: 'What did you learn?' },
          ],
        }),
        added.etag,
      ),
      200,
    );
    expect(reordered.settings.questions).toEqual([
      { id: celebrate?.id, text: 'Anything to celebrate this week?' },
      { id: learn?.id, text: 'What did you learn?' },
    ]);

    const duplicate = await put(
      leader,
      requestFrom(reordered, {
        questions: [
          { id: learn?.id, text: 'a' },
          { id: learn?.id, text: 'b' },
        ],
      }),
      reordered.etag,
    );
    expect(duplicate.status).toBe(400);
    expect(duplicate.error?.field).toBe('settings.questions.1.id');
  });

  it('moves the check-in window the team uses, and keeps a biweekly rhythm from the next send', async () => {
    const first = await read();
    const saved = expectVersioned(
      await put(
        leader,
        requestFrom(first, {
          timeZone: 'Asia/Kolkata',
          checkIn: {
            frequency: 'biweekly',
            weekday: 5,
            localTime: '14:30',
            windowHours: 24,
            reminderAtPercent: 50,
          },
        }),
        first.etag,
      ),
      200,
    );
    expect(await read()).toEqual(saved);
    const stored = await service.repos.teams.get(team);
    const schedule = stored?.value.settings.checkIn;
    if (!schedule) throw new Error('the team is stored');
    expect(schedule).toMatchObject({
      weekday: 5,
      localTime: '14:30',
      windowHours: 24,
      reminderAtPercent: 50,
    });
    // Friday 6 March 2026, 14:30 in India is 09:00 UTC; the rhythm starts with that week.
    expect(schedule.anchorWeek).toBe('2026-W10');
    const window = checkInWindowAt(clock.now(), schedule, stored.value.settings.timeZone);
    expect(window.nextOpensAt.toISOString()).toBe('2026-03-06T09:00:00.000Z');
    expect(window.closesAt.getTime() - window.opensAt.getTime()).toBe(24 * 3_600_000);
  });
});
