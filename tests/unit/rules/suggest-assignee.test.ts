import { describe, expect, it } from 'vitest';
import type { AssigneeCandidate, AssigneeTask } from '../../../shared/rules/suggest-assignee.ts';
import { suggestAssignees } from '../../../shared/rules/suggest-assignee.ts';

const ANA = 'aaaaaaaa-0000-4000-8000-000000000001';
const BEN = 'bbbbbbbb-0000-4000-8000-000000000002';
const CAI = 'cccccccc-0000-4000-8000-000000000003';
const DEV = 'dddddddd-0000-4000-8000-000000000004';

const member = (
  userId: string,
  skills: string[],
  extra: Partial<AssigneeCandidate> = {},
): AssigneeCandidate => ({
  userId,
  skills,
  active: true,
  ...extra,
});

const work = (assigneeId: string, ...statuses: AssigneeTask['status'][]): AssigneeTask[] =>
  statuses.map((status) => ({ assigneeId, status }));

const ids = (list: ReadonlyArray<{ userId: string }>): string[] => list.map((entry) => entry.userId);

describe('suggestAssignees', () => {
  it('ranks by skill overlap first', () => {
    const result = suggestAssignees({
      taskTags: ['react', 'accessibility'],
      members: [
        member(ANA, ['python']),
        member(BEN, ['react']),
        member(CAI, ['accessibility', 'react', 'css']),
      ],
      tasks: [...work(CAI, 'doing', 'doing')],
      wipLimit: 3,
    });
    expect(ids(result)).toEqual([CAI, BEN, ANA]);
    expect(result[0]).toEqual({
      userId: CAI,
      score: 1 + 20 + 7,
      skillMatches: ['react', 'accessibility'],
      wip: 2,
      overLimit: false,
      paused: false,
    });
    expect(result[2]?.skillMatches).toEqual([]);
  });

  it('breaks skill ties by lower WIP, counting only doing and blocked tasks', () => {
    const result = suggestAssignees({
      taskTags: ['sql'],
      members: [member(ANA, ['sql']), member(BEN, ['sql']), member(CAI, ['sql'])],
      tasks: [
        ...work(ANA, 'doing', 'blocked'),
        ...work(BEN, 'todo', 'todo', 'done', 'done'),
        ...work(CAI, 'doing'),
        { status: 'doing' },
      ],
      wipLimit: 3,
    });
    expect(result.map((s) => [s.userId, s.wip])).toEqual([
      [BEN, 0],
      [CAI, 1],
      [ANA, 2],
    ]);
  });

  it('flags members above the WIP limit but keeps skills first', () => {
    const result = suggestAssignees({
      taskTags: ['go'],
      members: [member(ANA, ['go']), member(BEN, [])],
      tasks: work(ANA, 'doing', 'doing', 'blocked', 'doing'),
      wipLimit: 3,
    });
    expect(result.map((s) => [s.userId, s.overLimit])).toEqual([
      [ANA, true],
      [BEN, false],
    ]);
    const atLimit = suggestAssignees({
      taskTags: [],
      members: [member(ANA, [])],
      tasks: work(ANA, 'doing'),
      wipLimit: 1,
    });
    expect(atLimit[0]?.overLimit).toBe(false);
  });

  it('puts paused members last and excludes inactive ones', () => {
    const result = suggestAssignees({
      taskTags: ['design'],
      members: [
        member(ANA, ['design'], { pausedUntil: '2026-03-20' }),
        member(BEN, []),
        member(CAI, ['design'], { active: false }),
        member(DEV, ['design'], { pausedUntil: '2026-03-01' }),
      ],
      tasks: [],
      wipLimit: 3,
      today: '2026-03-10',
    });
    expect(result.map((s) => [s.userId, s.paused, s.score])).toEqual([
      [DEV, false, 20],
      [BEN, false, 10],
      [ANA, true, 0],
    ]);
  });

  it('counts the last pause day as paused, and nobody as paused without today', () => {
    const members = [member(ANA, [], { pausedUntil: '2026-03-10' })];
    expect(
      suggestAssignees({ taskTags: [], members, tasks: [], wipLimit: 3, today: '2026-03-10' })[0]?.paused,
    ).toBe(true);
    expect(suggestAssignees({ taskTags: [], members, tasks: [], wipLimit: 3 })[0]?.paused).toBe(false);
  });

  it('matches tags case-insensitively, once each, in task tag order', () => {
    const result = suggestAssignees({
      taskTags: [' TypeScript', 'node', 'typescript', ''],
      members: [member(ANA, ['node', 'typescript'])],
      tasks: [],
      wipLimit: 3,
    });
    expect(result[0]?.skillMatches).toEqual(['typescript', 'node']);
  });

  it('orders equal candidates deterministically and keeps scores non-increasing', () => {
    const members = [member(CAI, ['a']), member(ANA, ['a']), member(BEN, ['a', 'b']), member(DEV, [])];
    const tasks = [...work(BEN, ...Array<AssigneeTask['status']>(12).fill('doing'))];
    const result = suggestAssignees({ taskTags: ['a', 'b'], members, tasks, wipLimit: 3 });
    expect(ids(result)).toEqual([BEN, ANA, CAI, DEV]);
    const scores = result.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(
      suggestAssignees({ taskTags: ['a', 'b'], members: [...members].reverse(), tasks, wipLimit: 3 }),
    ).toEqual(result);
  });

  it('returns an empty list when nobody is active', () => {
    expect(
      suggestAssignees({
        taskTags: ['x'],
        members: [member(ANA, ['x'], { active: false })],
        tasks: [],
        wipLimit: 3,
      }),
    ).toEqual([]);
  });
});
