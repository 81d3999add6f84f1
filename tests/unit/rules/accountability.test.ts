import { describe, expect, it } from 'vitest';
import { buildDemoTeam, type DemoTeam } from '../../../bot/local/demo-team.ts';
import type { CheckIn } from '../../../shared/domain/check-in.ts';
import type { Task } from '../../../shared/domain/task.ts';
import { agedBlockers } from '../../../shared/rules/accountability/blocker-age.ts';
import { confidenceTrend } from '../../../shared/rules/accountability/confidence-trend.ts';
import { dashboardCsv } from '../../../shared/rules/accountability/dashboard-csv.ts';
import { dashboardFigures } from '../../../shared/rules/accountability/dashboard-figures.ts';
import { digestFigures } from '../../../shared/rules/accountability/digest-figures.ts';
import { participation } from '../../../shared/rules/accountability/participation.ts';
import { summaryFigures } from '../../../shared/rules/accountability/summary-figures.ts';
import { suggestedRecognitions } from '../../../shared/rules/accountability/suggested-recognitions.ts';

/** A Thursday: the demo's latest answered week is 2026-W10, this week (W11) has no answers yet. */
const NOW = new Date('2026-03-12T15:00:00Z');
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const demo: DemoTeam = buildDemoTeam(NOW);
const names = (people: ReadonlyArray<{ person: { name: string } }>) => people.map((p) => p.person.name);

function checkIn(
  userId: string,
  week: string,
  blockers: CheckIn['blockers'],
  submittedDaysAgo: number,
): CheckIn {
  return {
    ...demo.checkIns[0]!,
    userId,
    week,
    blockers,
    wins: [],
    submittedAt: ago(submittedDaysAgo),
    updatedAt: ago(submittedDaysAgo),
  };
}

describe('the weekly summary figures, checked against the seeded demo team', () => {
  const figures = summaryFigures(demo, '2026-W10', NOW);

  it('counts participation among active members not on pause, naming whoever is missing', () => {
    expect(figures.participation).toMatchObject({ week: '2026-W10', answered: 6, expected: 7 });
    expect(figures.participation.missing.map((p) => p.name)).toEqual(['Gwen Park']);
    expect(figures.participation.missing[0]?.teamsUserId).toMatch(/^29:/);
  });

  it('ages each blocker from its first report and flags the ones reported the week before too', () => {
    expect(figures.blockers).toHaveLength(5);
    const bob = figures.blockers.find((b) => b.person.name === 'Bob Example');
    expect(bob).toMatchObject({
      text: 'Vendor API key pending',
      recurring: true,
      weeks: 2,
      firstWeek: '2026-W09',
      ageDays: 13,
    });
    const farid = figures.blockers.find((b) => b.person.name === 'Farid Haddad');
    expect(farid).toMatchObject({ recurring: false, weeks: 1, ageDays: 6 });
  });

  it('lists overdue tasks most overdue first, the wins and the confidence trend', () => {
    expect(figures.overdue.map((t) => t.days)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(figures.wins).toHaveLength(6);
    expect(figures.confidence).toEqual([
      { week: '2026-W07', answers: 0 },
      { week: '2026-W08', answers: 0 },
      { week: '2026-W09', average: 3, answers: 6 },
      { week: '2026-W10', average: 3.5, answers: 6 },
    ]);
  });
});

describe('participation', () => {
  it('does not expect members who left, joined after the check-in day, or are paused that day', () => {
    const [a, b, c, d] = demo.members;
    const members = [
      { ...a!, active: false },
      { ...b!, joinedAt: '2026-03-20T00:00:00.000Z' },
      { ...c!, pausedUntil: '2026-03-09' },
      d!,
    ];
    const result = participation('2026-W11', members, [{ userId: d!.userId, week: '2026-W11' }], {
      weekday: 1,
    });
    expect(result).toMatchObject({ answered: 1, expected: 1, rate: 1, missing: [] });
  });
});

describe('blocker age across weeks', () => {
  const member = demo.members[1]!;
  it('follows a run of consecutive weeks with the same blocker (same words) and stops at a gap', () => {
    const checkIns = [
      checkIn(member.userId, '2026-W06', [{ text: 'Waiting on the legal review' }], 35),
      checkIn(member.userId, '2026-W08', [{ text: 'Still waiting on legal review' }], 20),
      checkIn(member.userId, '2026-W09', [{ text: 'waiting on the legal review again' }], 13),
      checkIn(member.userId, '2026-W10', [{ text: 'Legal review: waiting' }, { text: 'Laptop broke' }], 6),
    ];
    const aged = agedBlockers({ week: '2026-W10', checkIns, members: demo.members, tasks: [], now: NOW });
    expect(aged.map((b) => [b.text, b.weeks, b.firstWeek, b.ageDays, b.recurring])).toEqual([
      ['Legal review: waiting', 3, '2026-W08', 20, true],
      ['Laptop broke', 1, '2026-W10', 6, false],
    ]);
  });

  it('takes a blocked task’s own start when it is older than the first report', () => {
    const task = { id: 'task-x', title: 'Ship it', status: 'blocked' as const, blockedSince: ago(30) };
    const checkIns = [checkIn(member.userId, '2026-W10', [{ text: 'Vendor', taskId: 'task-x' }], 6)];
    const [aged] = agedBlockers({
      week: '2026-W10',
      checkIns,
      members: demo.members,
      tasks: [task],
      now: NOW,
    });
    expect(aged).toMatchObject({ ageDays: 30, taskTitle: 'Ship it', recurring: false });
  });
});

describe('confidence trend', () => {
  it('averages each week to one decimal and leaves unanswered weeks without an average', () => {
    const trend = confidenceTrend('2026-W02', 3, [
      { week: '2026-W01', confidence: 2 },
      { week: '2026-W02', confidence: 4 },
      { week: '2026-W02', confidence: 5 },
      { week: '2026-W02', confidence: 4 },
    ]);
    expect(trend).toEqual([
      { week: '2025-W52', answers: 0 },
      { week: '2026-W01', average: 2, answers: 1 },
      { week: '2026-W02', average: 4.3, answers: 3 },
    ]);
  });
});

describe('the leader digest figures, checked against the seeded demo team', () => {
  const figures = digestFigures(demo, '2026-W10', NOW);

  it('has participation, overdue and blocked work', () => {
    expect(figures.participation).toMatchObject({ answered: 6, expected: 7 });
    expect(figures.overdue).toHaveLength(6);
    expect(figures.blocked.map((t) => t.days)).toEqual([13, 9, 6, 3, 2, 1]);
  });

  it('names members without feedback for 14 days or more, and those never recognised', () => {
    expect(names(figures.feedbackGaps)).toEqual(['Chen Wei', 'Farid Haddad', 'Gwen Park']);
    expect(figures.feedbackGaps.every((g) => g.days === undefined)).toBe(true);
    expect(names(figures.recognitionGaps)).toEqual([
      'Alice Example',
      'Dan Okafor',
      'Farid Haddad',
      'Priya Nair',
    ]);
  });

  it('counts an old last feedback as a gap, with its age', () => {
    const chen = demo.members.find((m) => m.name === 'Chen Wei')!;
    const feedback = [
      ...demo.feedback,
      { giverId: demo.members[0]!.userId, recipientId: chen.userId, createdAt: ago(20) },
    ];
    const gaps = digestFigures({ ...demo, feedback }, '2026-W10', NOW).feedbackGaps;
    expect(gaps.map((g) => [g.person.name, g.days])).toEqual([
      ['Farid Haddad', undefined],
      ['Gwen Park', undefined],
      ['Chen Wei', 20],
    ]);
  });
});

describe('suggested recognitions', () => {
  const [alice, bob] = demo.members;
  const base = demo.tasks[0]!;
  const done = (id: string, due: string, completedDaysAgo: number, goalId?: string): Task => ({
    ...base,
    id,
    title: `Task ${id}`,
    goalId,
    assigneeId: bob!.userId,
    status: 'done',
    dueDate: due,
    completedAt: ago(completedDaysAgo),
  });

  it('suggests an on-time streak of 3 tasks done by their due date, the latest this week', () => {
    const tasks = [
      done('a', '2026-03-01', 20),
      done('b', '2026-03-05', 9),
      done('c', '2026-03-06', 8),
      done('d', '2026-03-11', 2),
    ];
    const suggestions = suggestedRecognitions({
      goals: [],
      tasks,
      members: demo.members,
      timeZone: 'UTC',
      now: NOW,
    });
    expect(suggestions).toMatchObject([
      { kind: 'on_time_streak', count: 4, people: [{ name: 'Bob Example' }], lastTaskTitle: 'Task d' },
    ]);
  });

  it('breaks the streak at a late task and ignores a streak that ended weeks ago', () => {
    const late = [done('a', '2026-03-01', 2), done('b', '2026-03-05', 3), done('c', '2026-03-01', 4)];
    const stale = [done('a', '2026-02-01', 30), done('b', '2026-02-02', 29), done('c', '2026-02-03', 28)];
    for (const tasks of [late, stale]) {
      expect(
        suggestedRecognitions({ goals: [], tasks, members: demo.members, timeZone: 'UTC', now: NOW }),
      ).toEqual([]);
    }
  });

  it('suggests recognising the owner and contributors of a goal completed this week', () => {
    const goal = {
      ...demo.goals[0]!,
      id: 'g1',
      ownerId: alice!.userId,
      measure: undefined,
      status: 'active' as const,
    };
    const tasks = [done('a', '2026-03-20', 3, 'g1'), done('b', '2026-03-20', 1, 'g1')];
    const suggestions = suggestedRecognitions({
      goals: [goal],
      tasks,
      members: demo.members,
      timeZone: 'UTC',
      now: NOW,
    });
    expect(suggestions[0]).toMatchObject({ kind: 'goal_completed', goalId: 'g1', completedAt: ago(1) });
    expect(suggestions[0]?.people.map((p) => p.name)).toEqual(['Alice Example', 'Bob Example']);
  });
});

describe('the dashboard figures over 8 weeks, checked against the seeded demo team', () => {
  const figures = dashboardFigures(demo, 8, NOW);

  it('covers 8 weeks ending with this one, with the participation trend', () => {
    expect(figures.weeks).toHaveLength(8);
    expect(figures.weeks.at(-1)).toBe('2026-W11');
    expect(figures.participation.slice(-3).map((p) => [p.week, p.answered, p.expected])).toEqual([
      ['2026-W09', 6, 7],
      ['2026-W10', 6, 7],
      ['2026-W11', 0, 7],
    ]);
  });

  it('buckets blocked tasks by age and lists recurring blockers', () => {
    expect(figures.blockersByAge.map((b) => b.count)).toEqual([2, 2, 2, 0]);
    expect(figures.recurringBlockers).toHaveLength(4);
    expect(figures.recurringBlockers.every((r) => r.weeks === 2 && r.firstWeek === '2026-W09')).toBe(true);
  });

  it('has WIP per person, feedback cadence, recognition distribution and goal progress', () => {
    expect(figures.wip).toHaveLength(8);
    expect(figures.wip.reduce((sum, w) => sum + w.doing + w.blocked, 0)).toBe(16);
    expect(figures.feedbackPerWeek.reduce((sum, w) => sum + w.count, 0)).toBe(5);
    expect(figures.feedbackCadence.slice(0, 3).map((f) => f.person.name)).toEqual([
      'Chen Wei',
      'Farid Haddad',
      'Gwen Park',
    ]);
    expect(figures.recognition.reduce((sum, r) => sum + r.received, 0)).toBe(4);
    expect(figures.goals).toHaveLength(3);
    expect(figures.goals.every((g) => g.progress >= 0 && g.progress <= 1)).toBe(true);
  });

  it('exports a CSV with one row per figure, quoted, and no formula injection', () => {
    const withFormula = {
      ...figures,
      wip: [{ person: { userId: 'x', name: '=HYPERLINK("x")' }, doing: 1, blocked: 0, overLimit: false }],
    };
    const csv = dashboardCsv(withFormula);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('section,week,person,item,value,detail');
    expect(lines).toContain('participation,2026-W10,,answered %,86,6 of 7');
    expect(lines).toContain('blocked tasks by age,,,Under 3 days,2,');
    expect(lines).toContain(`wip,,"'=HYPERLINK(""x"")",doing + blocked,1,`);
    expect(lines.filter((l) => l.startsWith('goal progress,'))).toHaveLength(3);
  });
});
