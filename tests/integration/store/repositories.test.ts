import { beforeAll, describe, expect, it } from 'vitest';
import { CheckInSchema, mergeTaskUpdates, type CheckIn } from '../../../shared/domain/check-in.ts';
import type { Feedback } from '../../../shared/domain/feedback.ts';
import type { Repositories } from '../../../shared/store/repositories.ts';
import { RecordExistsError } from '../../../shared/store/record-errors.ts';
import { newTimelineId } from '../../../shared/store/timeline-ids.ts';
import { createTeamFixture, type TeamFixture } from '../../support/team-fixture.ts';
import { testRepositories } from '../../support/test-repositories.ts';

let repos: Repositories;
let team: TeamFixture;

beforeAll(async () => {
  ({ repos } = await testRepositories());
  team = await createTeamFixture(repos, { memberCount: 3 });
});

function checkIn(userId: string, week: string, taskId: string): CheckIn {
  const at = '2026-11-23T14:00:00.000Z';
  return CheckInSchema.parse({
    tenantId: team.tenantId,
    teamId: team.teamId,
    userId,
    week,
    taskUpdates: [{ taskId, status: 'doing', note: '' }],
    confidence: 4,
    submittedAt: at,
    updatedAt: at,
  });
}

describe('repositories', () => {
  it('read the whole board of a team, and nothing of another team', async () => {
    const other = await createTeamFixture(repos, { memberCount: 1 });
    const board = await repos.readBoard(team);
    expect(board.members.map((m) => m.value.userId).sort()).toEqual([team.leader, ...team.members].sort());
    expect((await repos.readBoard(other)).members).toHaveLength(2);
  });

  it('find the teams of a person within a tenant', async () => {
    const memberships = await repos.members.teamsOf(team.tenantId, team.members[0]!);
    expect(memberships.map((m) => m.teamId)).toEqual([team.teamId]);
    expect(await repos.members.teamsOf(team.tenantId, team.outsider)).toEqual([]);
  });

  it('refuse a second insert of the same record', async () => {
    const member = (await repos.members.get(team, team.leader))!.value;
    await expect(repos.members.insert(member)).rejects.toBeInstanceOf(RecordExistsError);
  });

  it('keep one check-in per member and week, merging a second submit', async () => {
    const [me] = team.members;
    const merge = (incoming: CheckIn) => (current: CheckIn | undefined) =>
      current
        ? { ...incoming, taskUpdates: mergeTaskUpdates(current.taskUpdates, incoming.taskUpdates) }
        : incoming;
    await repos.checkIns.upsert(team, '2026-W48', me!, merge(checkIn(me!, '2026-W48', 'task-a')));
    await repos.checkIns.upsert(team, '2026-W48', me!, merge(checkIn(me!, '2026-W48', 'task-b')));
    await repos.checkIns.upsert(team, '2026-W47', me!, merge(checkIn(me!, '2026-W47', 'task-a')));
    const week = await repos.checkIns.listWeek(team, '2026-W48');
    expect(week).toHaveLength(1);
    expect(week[0]!.value.taskUpdates.map((u) => u.taskId).sort()).toEqual(['task-a', 'task-b']);
    expect((await repos.checkIns.listForMember(team, me!)).map((c) => c.value.week)).toEqual([
      '2026-W47',
      '2026-W48',
    ]);
  });

  it('list feedback newest first, for the giver and the recipient only', async () => {
    const [a, b, c] = team.members as [string, string, string];
    const at = (day: number) => new Date(Date.UTC(2026, 10, day, 12));
    const give = (giverId: string, recipientId: string, day: number): Feedback => ({
      tenantId: team.tenantId,
      teamId: team.teamId,
      id: newTimelineId(at(day)),
      giverId,
      recipientId,
      situation: `Day ${day}`,
      behaviour: 'b',
      impact: 'i',
      visibility: 'private',
      source: 'tab',
      createdAt: at(day).toISOString(),
    });
    for (const item of [give(a, b, 3), give(c, a, 9), give(b, c, 5), give(a, c, 1)])
      await repos.feedback.insert(item);
    const forA = await repos.feedback.listForPerson(team, a);
    expect(forA.map((f) => f.value.situation)).toEqual(['Day 9', 'Day 3', 'Day 1']);
  });
});
