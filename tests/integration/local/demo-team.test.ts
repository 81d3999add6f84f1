import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TEAM_ID, DEMO_TENANT_ID } from '../../../bot/local/demo-team.ts';
import { loadDemoTeam } from '../../../bot/local/seed.ts';
import { TASK_STATUSES } from '../../../shared/domain/task.ts';
import { detectBottlenecks } from '../../../shared/rules/bottlenecks.ts';
import { smartCheck } from '../../../shared/rules/smart-check.ts';
import type { Repositories } from '../../../shared/store/repositories.ts';
import type { TableClients } from '../../../shared/store/table-clients.ts';
import { testRepositories } from '../../support/test-repositories.ts';

const scope = { tenantId: DEMO_TENANT_ID, teamId: DEMO_TEAM_ID };
const NOW = new Date('2026-11-25T15:00:00Z');
let repos: Repositories;
let tables: TableClients;

beforeAll(async () => {
  ({ repos, tables } = await testRepositories());
  await loadDemoTeam(repos, (name) => tables.table(name), NOW);
});

describe('the demo team', () => {
  it('has 8 members in 3 time zones and 3 goals, one of them not SMART', async () => {
    const board = await repos.readBoard(scope);
    expect(board.members).toHaveLength(8);
    expect(new Set(board.members.map((m) => m.value.timeZone)).size).toBe(3);
    expect(board.goals).toHaveLength(3);
    const verdicts = board.goals.map((g) => smartCheck({ ...g.value, measure: g.value.measure }).passed);
    expect(verdicts.filter((passed) => !passed)).toHaveLength(1);
  });

  it('has 40 tasks in every state, some blocked and some overdue', async () => {
    const { tasks, members } = await repos.readBoard(scope);
    expect(tasks).toHaveLength(40);
    for (const status of TASK_STATUSES) expect(tasks.some((t) => t.value.status === status)).toBe(true);
    const today = NOW.toISOString().slice(0, 10);
    const team = await repos.teams.get(scope);
    const findings = detectBottlenecks({
      tasks: tasks.map((t) => t.value),
      checkIns: (await repos.checkIns.listAll(scope)).map((c) => c.value),
      now: NOW,
      today,
      settings: team!.value.settings,
    });
    const kinds = new Set(findings.map((f) => f.kind));
    expect(kinds).toContain('overdue');
    expect(kinds).toContain('blocked_too_long');
    expect(kinds).toContain('recurring_blocker');
    expect(members.every((m) => m.value.active)).toBe(true);
  });

  it('has two weeks of check-ins, feedback and recognition', async () => {
    const checkIns = await repos.checkIns.listAll(scope);
    expect(new Set(checkIns.map((c) => c.value.week)).size).toBe(2);
    expect((await repos.feedback.listAll(scope)).length).toBeGreaterThanOrEqual(5);
    expect((await repos.recognition.listAll(scope)).length).toBeGreaterThanOrEqual(3);
  });

  it('reloads cleanly: seeding twice leaves one demo team, not two', async () => {
    await loadDemoTeam(repos, (name) => tables.table(name), NOW);
    const board = await repos.readBoard(scope);
    expect(board.tasks).toHaveLength(40);
    expect((await repos.feedback.listAll(scope)).length).toBe(5);
  });
});
