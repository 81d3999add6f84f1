import { describe, expect, it } from 'vitest';
import { mergeTaskUpdates, type CheckIn, type TaskUpdate } from '../../../shared/domain/check-in.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import { createRepositories } from '../../../shared/store/repositories.ts';
import { TABLES } from '../../../shared/store/table-names.ts';
import { createTeamFixture } from '../../support/team-fixture.ts';
import { testTableClients } from '../../support/test-tables.ts';

/** As many distinct task updates as one check-in may hold, each from its own concurrent writer. */
const WRITERS = LIMITS.taskUpdatesPerCheckIn;
const WEEK = '2026-W10';

describe(`${WRITERS} concurrent check-in upserts for one member and week`, () => {
  it('merge every task update: none is lost', async () => {
    const tables = testTableClients();
    await tables.ensureTables(Object.values(TABLES));
    const repos = createRepositories((name) => tables.table(name));
    const team = await createTeamFixture(repos);
    const userId = team.members[0] ?? '';

    // Every writer starts from the same stale read: no check-in yet.
    const stale = await repos.checkIns.get(team, WEEK, userId);
    expect(stale).toBeUndefined();

    let mergesOntoStored = 0;
    const merge =
      (update: TaskUpdate, at: string) =>
      (current: CheckIn | undefined): CheckIn => {
        if (current) mergesOntoStored += 1;
        return current
          ? { ...current, taskUpdates: mergeTaskUpdates(current.taskUpdates, [update]), updatedAt: at }
          : {
              tenantId: team.tenantId,
              teamId: team.teamId,
              userId,
              week: WEEK,
              taskUpdates: [update],
              blockers: [],
              wins: [],
              confidence: 3,
              helpNote: '',
              answers: [],
              submittedAt: at,
              updatedAt: at,
            };
      };

    const results = await Promise.allSettled(
      Array.from({ length: WRITERS }, (_, i) => {
        const update: TaskUpdate = { taskId: `t${i}`, status: 'doing', note: '' };
        return repos.checkIns.upsert(team, WEEK, userId, merge(update, new Date().toISOString()));
      }),
    );
    const failures = results.filter((result) => result.status === 'rejected');
    expect(failures.map((failure) => String(failure.reason))).toEqual([]);

    const final = await repos.checkIns.get(team, WEEK, userId);
    const taskIds = final?.value.taskUpdates.map((update) => update.taskId).sort() ?? [];
    expect(taskIds).toEqual(Array.from({ length: WRITERS }, (_, i) => `t${i}`).sort());
    expect(final?.value.taskUpdates.every((update) => update.status === 'doing')).toBe(true);
    // Without a 412 each writer merges onto the stored row at most once: more means the race happened.
    expect(mergesOntoStored).toBeGreaterThan(WRITERS);
    // 200 writers on one row is the worst case by far: a correctness test, so it gets time on a busy machine.
  }, 60_000);
});
