import { describe, expect, it } from 'vitest';
import type {
  BottleneckCheckIn,
  BottleneckFinding,
  BottleneckInput,
  BottleneckTask,
} from '../../../shared/rules/bottlenecks.ts';
import { detectBottlenecks, isSameBlocker } from '../../../shared/rules/bottlenecks.ts';

const ANA = '11111111-1111-4111-8111-111111111111';
const BEN = '22222222-2222-4222-8222-222222222222';
const NOW = new Date('2026-03-10T12:00:00.000Z');
const TODAY = '2026-03-10';
const DAY_MS = 86_400_000;
const SETTINGS = { wipLimit: 3, blockedAlertDays: 2, staleDoingDays: 7 };

/** An ISO instant `days` (fractional allowed) before NOW, minus `extraMs`. */
const ago = (days: number, extraMs = 0): string =>
  new Date(NOW.getTime() - days * DAY_MS - extraMs).toISOString();

let nextId = 0;
function task(overrides: Partial<BottleneckTask> = {}): BottleneckTask {
  nextId += 1;
  return {
    id: `t${nextId}`,
    title: `Task ${nextId}`,
    assigneeId: ANA,
    status: 'todo',
    statusChangedAt: ago(1),
    ...overrides,
  };
}

function blocked(days: number, overrides: Partial<BottleneckTask> = {}): BottleneckTask {
  return task({ status: 'blocked', blockedSince: ago(days), statusChangedAt: ago(days), ...overrides });
}

function checkIn(
  userId: string,
  week: string,
  ...blockers: BottleneckCheckIn['blockers']
): BottleneckCheckIn {
  return { userId, week, blockers };
}

function detect(input: Partial<BottleneckInput>): BottleneckFinding[] {
  return detectBottlenecks({ tasks: [], checkIns: [], now: NOW, today: TODAY, settings: SETTINGS, ...input });
}

function kinds(findings: readonly BottleneckFinding[]): string[] {
  return findings.map((finding) => finding.kind);
}

describe('blocked_too_long', () => {
  it('reports a task blocked for exactly blockedAlertDays days', () => {
    const t = blocked(2, { blockedReason: 'Waiting for the API key' });
    expect(detect({ tasks: [t] })).toEqual([
      {
        kind: 'blocked_too_long',
        severity: 'medium',
        taskId: t.id,
        title: t.title,
        assigneeId: ANA,
        days: 2,
        blockedSince: t.blockedSince,
        reason: 'Waiting for the API key',
      },
    ]);
  });

  it('does not report a task one millisecond short of the threshold', () => {
    expect(detect({ tasks: [task({ status: 'blocked', blockedSince: ago(2, -1) })] })).toEqual([]);
  });

  it('is high severity from twice the threshold', () => {
    expect(detect({ tasks: [blocked(4)] })[0]).toMatchObject({ severity: 'high', days: 4 });
    expect(detect({ tasks: [blocked(3)] })[0]).toMatchObject({ severity: 'medium', days: 3 });
  });

  it('falls back to statusChangedAt when blockedSince is missing', () => {
    const t = task({ status: 'blocked', statusChangedAt: ago(5) });
    expect(detect({ tasks: [t] })[0]).toMatchObject({
      kind: 'blocked_too_long',
      days: 5,
      blockedSince: ago(5),
    });
  });

  it('omits the assignee and reason when there are none', () => {
    const finding = detect({ tasks: [blocked(2, { assigneeId: undefined, blockedReason: '' })] })[0];
    expect(finding).not.toHaveProperty('assigneeId');
    expect(finding).not.toHaveProperty('reason');
  });
});

describe('overdue', () => {
  it('reports an open task whose due date is before today', () => {
    const t = task({ dueDate: '2026-03-09' });
    expect(detect({ tasks: [t] })).toEqual([
      {
        kind: 'overdue',
        severity: 'medium',
        taskId: t.id,
        title: t.title,
        assigneeId: ANA,
        days: 1,
        dueDate: '2026-03-09',
        status: 'todo',
      },
    ]);
  });

  it('does not report a task due today or later', () => {
    expect(detect({ tasks: [task({ dueDate: TODAY }), task({ dueDate: '2026-04-01' })] })).toEqual([]);
  });

  it('is high severity from a week overdue, across month ends', () => {
    expect(detect({ tasks: [task({ dueDate: '2026-03-03' })] })[0]).toMatchObject({
      days: 7,
      severity: 'high',
    });
    expect(detect({ tasks: [task({ dueDate: '2026-02-28' })] })[0]).toMatchObject({ days: 10 });
  });
});

describe('stale_in_doing', () => {
  it('reports a task in doing for exactly staleDoingDays days', () => {
    const t = task({ status: 'doing', statusChangedAt: ago(7) });
    expect(detect({ tasks: [t] })).toEqual([
      {
        kind: 'stale_in_doing',
        severity: 'low',
        taskId: t.id,
        title: t.title,
        assigneeId: ANA,
        days: 7,
        since: t.statusChangedAt,
      },
    ]);
  });

  it('does not report it one millisecond earlier, nor tasks in other statuses', () => {
    expect(detect({ tasks: [task({ status: 'doing', statusChangedAt: ago(7, -1) })] })).toEqual([]);
    expect(detect({ tasks: [task({ status: 'todo', statusChangedAt: ago(30) })] })).toEqual([]);
    expect(kinds(detect({ tasks: [blocked(30)] }))).toEqual(['blocked_too_long']);
  });

  it('is medium severity from twice the threshold', () => {
    expect(detect({ tasks: [task({ status: 'doing', statusChangedAt: ago(14) })] })[0]).toMatchObject({
      severity: 'medium',
    });
  });
});

describe('wip_over_limit', () => {
  it('reports a person with more doing + blocked tasks than the limit', () => {
    const tasks = [
      task({ status: 'doing' }),
      task({ status: 'doing' }),
      task({ status: 'blocked', blockedSince: ago(0) }),
      task({ status: 'blocked', blockedSince: ago(0) }),
      task({ status: 'todo' }),
      task({ status: 'done' }),
    ];
    expect(detect({ tasks })).toEqual([
      {
        kind: 'wip_over_limit',
        severity: 'medium',
        userId: ANA,
        count: 4,
        limit: 3,
        taskIds: tasks.slice(0, 4).map((t) => t.id),
      },
    ]);
  });

  it('does not report WIP equal to the limit, or unassigned tasks', () => {
    const atLimit = [1, 2, 3].map(() => task({ status: 'doing', assigneeId: BEN }));
    const unassigned = [1, 2, 3, 4].map(() => task({ status: 'doing', assigneeId: undefined }));
    expect(detect({ tasks: [...atLimit, ...unassigned] })).toEqual([]);
  });

  it('is high severity at twice the limit', () => {
    const tasks = [1, 2, 3, 4, 5, 6].map(() => task({ status: 'doing' }));
    expect(detect({ tasks })[0]).toMatchObject({ kind: 'wip_over_limit', severity: 'high', count: 6 });
  });
});

describe('recurring_blocker', () => {
  it('reports the same task blocking two consecutive check-ins', () => {
    const findings = detect({
      checkIns: [
        checkIn(ANA, '2026-W09', { text: 'Waiting for design', taskId: 'task-a' }),
        checkIn(ANA, '2026-W10', { text: 'Still no mockups', taskId: 'task-a' }),
      ],
    });
    expect(findings).toEqual([
      {
        kind: 'recurring_blocker',
        severity: 'medium',
        userId: ANA,
        taskId: 'task-a',
        text: 'Still no mockups',
        previousText: 'Waiting for design',
        week: '2026-W10',
        previousWeek: '2026-W09',
        count: 2,
        firstWeek: '2026-W09',
      },
    ]);
  });

  it('matches equal normalised text', () => {
    const findings = detect({
      checkIns: [
        checkIn(ANA, '2026-W09', { text: 'Waiting for LEGAL review!' }),
        checkIn(ANA, '2026-W10', { text: 'waiting for legal   review' }),
      ],
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).not.toHaveProperty('taskId');
  });

  it('matches texts with high token overlap but not unrelated ones', () => {
    const overlap = detect({
      checkIns: [
        checkIn(ANA, '2026-W09', { text: 'Waiting on legal review of the contract' }),
        checkIn(ANA, '2026-W10', { text: 'Still waiting for the legal review', taskId: 'task-b' }),
      ],
    });
    expect(overlap).toMatchObject([{ kind: 'recurring_blocker', taskId: 'task-b' }]);
    const unrelated = detect({
      checkIns: [
        checkIn(ANA, '2026-W09', { text: 'Waiting on legal review' }),
        checkIn(ANA, '2026-W10', { text: 'Staging server is down' }),
      ],
    });
    expect(unrelated).toEqual([]);
  });

  it('does not count non-consecutive weeks', () => {
    expect(
      detect({
        checkIns: [
          checkIn(ANA, '2026-W08', { text: 'VPN access missing' }),
          checkIn(ANA, '2026-W10', { text: 'VPN access missing' }),
        ],
      }),
    ).toEqual([]);
  });

  it('does not count a week without that blocker in between', () => {
    expect(
      detect({
        checkIns: [
          checkIn(ANA, '2026-W08', { text: 'VPN access missing' }),
          checkIn(ANA, '2026-W09', { text: 'Laptop replacement pending' }),
          checkIn(ANA, '2026-W10', { text: 'VPN access missing' }),
        ],
      }),
    ).toEqual([]);
  });

  it('treats 2026-W53 → 2027-W01 as consecutive but 2026-W52 → 2027-W01 as not', () => {
    const across = detect({
      checkIns: [
        checkIn(ANA, '2027-W01', { text: 'VPN access missing' }),
        checkIn(ANA, '2026-W53', { text: 'VPN access missing' }),
      ],
    });
    expect(across).toMatchObject([{ previousWeek: '2026-W53', week: '2027-W01' }]);
    const skipped = detect({
      checkIns: [
        checkIn(ANA, '2026-W52', { text: 'VPN access missing' }),
        checkIn(ANA, '2027-W01', { text: 'VPN access missing' }),
      ],
    });
    expect(skipped).toEqual([]);
  });

  it('does not pair blockers of different members', () => {
    expect(
      detect({
        checkIns: [
          checkIn(ANA, '2026-W09', { text: 'VPN access missing' }),
          checkIn(BEN, '2026-W10', { text: 'VPN access missing' }),
        ],
      }),
    ).toEqual([]);
  });

  it('reports a run of three weeks once, as high severity', () => {
    const findings = detect({
      checkIns: [
        checkIn(ANA, '2026-W10', { text: 'Build server queue is slow' }),
        checkIn(ANA, '2026-W08', { text: 'Build server queue slow' }),
        checkIn(ANA, '2026-W09', { text: 'build server queue is slow!' }),
      ],
    });
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'high',
        count: 3,
        firstWeek: '2026-W08',
        previousWeek: '2026-W09',
        week: '2026-W10',
      }),
    ]);
  });

  it('skips blockers on tasks that are done, and check-ins with impossible weeks', () => {
    const done = task({ id: 'task-done', status: 'done' });
    expect(
      detect({
        tasks: [done],
        checkIns: [
          checkIn(ANA, '2026-W09', { text: 'Waiting for design', taskId: 'task-done' }),
          checkIn(ANA, '2026-W10', { text: 'Waiting for design', taskId: 'task-done' }),
          checkIn(BEN, '2025-W53', { text: 'VPN access missing' }),
          checkIn(BEN, '2026-W01', { text: 'VPN access missing' }),
        ],
      }),
    ).toEqual([]);
  });
});

describe('isSameBlocker', () => {
  it.each([
    [{ text: 'a', taskId: 'x' }, { text: 'b', taskId: 'x' }, true],
    [{ text: 'Legal review', taskId: 'x' }, { text: 'Legal review', taskId: 'y' }, true],
    [{ text: 'Waiting on the legal team' }, { text: 'waiting on legal team again' }, true],
    [{ text: 'Waiting on the legal team' }, { text: 'Waiting on the data team' }, false],
    [{ text: '!!!' }, { text: '...' }, false],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(isSameBlocker(a, b)).toBe(expected);
  });
});

describe('detectBottlenecks', () => {
  it('never reports done tasks', () => {
    const done = task({
      status: 'done',
      dueDate: '2026-01-01',
      blockedSince: ago(30),
      statusChangedAt: ago(30),
    });
    const wip = [1, 2, 3, 4, 5].map(() => task({ status: 'done', assigneeId: BEN }));
    expect(detect({ tasks: [done, ...wip] })).toEqual([]);
  });

  it('reports every applicable kind for one task', () => {
    expect(kinds(detect({ tasks: [blocked(3, { dueDate: '2026-03-01' })] }))).toEqual([
      'overdue',
      'blocked_too_long',
    ]);
  });

  it('sorts by severity, then kind, then size', () => {
    const findings = detect({
      tasks: [
        task({ status: 'doing', statusChangedAt: ago(8), assigneeId: BEN }),
        task({ dueDate: '2026-03-08' }),
        blocked(2, { assigneeId: BEN }),
        task({ dueDate: '2026-03-01' }),
        blocked(6, { assigneeId: BEN }),
        task({ dueDate: '2026-02-01' }),
      ],
      checkIns: [
        checkIn(ANA, '2026-W09', { text: 'VPN access missing' }),
        checkIn(ANA, '2026-W10', { text: 'VPN access missing' }),
      ],
    });
    expect(findings.map((f) => [f.kind, f.severity, 'days' in f ? f.days : f.count])).toEqual([
      ['blocked_too_long', 'high', 6],
      ['overdue', 'high', 37],
      ['overdue', 'high', 9],
      ['blocked_too_long', 'medium', 2],
      ['recurring_blocker', 'medium', 2],
      ['overdue', 'medium', 2],
      ['stale_in_doing', 'low', 8],
    ]);
  });

  it('returns nothing for an empty board', () => {
    expect(detect({})).toEqual([]);
  });
});
