import type { CheckIn } from '../../shared/domain/check-in.ts';
import type { Feedback } from '../../shared/domain/feedback.ts';
import type { Goal } from '../../shared/domain/goal.ts';
import type { Member } from '../../shared/domain/member.ts';
import type { Recognition } from '../../shared/domain/recognition.ts';
import type { Task, TaskStatus } from '../../shared/domain/task.ts';
import { TeamSettingsSchema, type Team } from '../../shared/domain/team.ts';
import { addWeeks, isoWeekKey, localDate } from '../../shared/rules/week.ts';
import { newTimelineId } from '../../shared/store/timeline-ids.ts';
import { DEMO_GOALS, DEMO_PEOPLE, DEMO_TASKS } from './demo-catalog.ts';

export const DEMO_TENANT_ID = '00000000-0000-4000-8000-000000000001';
export const DEMO_TEAM_ID = '19:cadence0demo0team0000000000000001@thread.tacv2';
export const DEMO_TEAM_NAME = 'Northwind Launch';

export interface DemoTeam {
  team: Team;
  members: Member[];
  goals: Goal[];
  tasks: Task[];
  checkIns: CheckIn[];
  feedback: Feedback[];
  recognition: Recognition[];
}

const DAY = 86_400_000;
const scope = { tenantId: DEMO_TENANT_ID, teamId: DEMO_TEAM_ID };

function daysFrom(now: Date, days: number): Date {
  return new Date(now.getTime() + days * DAY);
}

function isoDay(now: Date, days: number): string {
  return localDate(daysFrom(now, days), 'UTC');
}

function userIdOf(handle: string): string {
  const person = DEMO_PEOPLE.find((p) => p.handle === handle);
  if (!person) throw new Error(`demo catalog: unknown person ${handle}`);
  return person.userId;
}

/**
 * A realistic team relative to `now`: 8 people in 3 time zones, 3 goals (one deliberately not SMART),
 * 40 tasks in every state (some blocked, some overdue), 2 weeks of check-ins, feedback and recognition.
 */
export function buildDemoTeam(now: Date, taskCount = DEMO_TASKS.length): DemoTeam {
  const stamp = daysFrom(now, -30).toISOString();
  const leaders = DEMO_PEOPLE.filter((p) => p.leader).map((p) => p.userId);
  const team: Team = {
    ...scope,
    name: DEMO_TEAM_NAME,
    active: true,
    settings: TeamSettingsSchema.parse({
      timeZone: 'America/New_York',
      // Newcomers try the demo on any day: a week-long window keeps this week's check-in answerable
      // from Monday 09:00 until the next one opens (in the Agents Playground, say).
      checkIn: { windowHours: 168 },
      leaders,
      wipLimit: 3,
      questions: [{ id: 'q-learned', text: 'What did you learn this week?' }],
      values: [
        { id: 'customer-first', name: 'Customer first', emoji: '🤝' },
        { id: 'ownership', name: 'Ownership', emoji: '🧭' },
        { id: 'learn-fast', name: 'Learn fast', emoji: '🚀' },
      ],
    }),
    createdAt: stamp,
    updatedAt: stamp,
  };
  const members: Member[] = DEMO_PEOPLE.map((p) => ({
    ...scope,
    userId: p.userId,
    teamsUserId: p.teamsUserId,
    name: p.name,
    email: p.email,
    timeZone: p.timeZone,
    skills: p.skills,
    pausedUntil: p.onVacation ? isoDay(now, 5) : undefined,
    active: true,
    joinedAt: stamp,
    updatedAt: stamp,
  }));
  const goals: Goal[] = DEMO_GOALS.map((g) => ({
    ...scope,
    id: g.id,
    ownerId: userIdOf(g.owner),
    statement: g.statement,
    description: '',
    measure: g.measure,
    dueDate: g.dueInDays === undefined ? undefined : isoDay(now, g.dueInDays),
    status: 'active',
    createdBy: leaders[0] ?? userIdOf(g.owner),
    createdAt: stamp,
    updatedAt: stamp,
  }));
  const tasks = Array.from({ length: taskCount }, (_, i) => demoTask(now, i));
  return { team, members, goals, tasks, ...demoHistory(now, tasks) };
}

function demoTask(now: Date, index: number): Task {
  const template = DEMO_TASKS[index % DEMO_TASKS.length]!;
  const round = Math.floor(index / DEMO_TASKS.length);
  const status: TaskStatus = template.status;
  const changed = daysFrom(now, -template.changedDaysAgo).toISOString();
  const created = daysFrom(now, -template.changedDaysAgo - 3).toISOString();
  return {
    ...scope,
    id: round === 0 ? `task-${index + 1}` : `task-${index + 1}-r${round}`,
    goalId: template.goal,
    title: round === 0 ? template.title : `${template.title} (${round + 1})`,
    description: template.description ?? '',
    assigneeId: template.assignee ? userIdOf(template.assignee) : undefined,
    status,
    dueDate: template.dueInDays === undefined ? undefined : isoDay(now, template.dueInDays),
    tags: template.tags,
    blockedSince: status === 'blocked' ? changed : undefined,
    blockedReason: status === 'blocked' ? (template.blockedReason ?? 'Waiting on another team') : '',
    statusChangedAt: changed,
    completedAt: status === 'done' ? changed : undefined,
    createdBy: userIdOf(template.assignee ?? 'alice'),
    createdAt: created,
    updatedAt: changed,
  };
}

function demoHistory(now: Date, tasks: Task[]): Pick<DemoTeam, 'checkIns' | 'feedback' | 'recognition'> {
  const thisWeek = isoWeekKey(now, 'America/New_York');
  const weeks = [addWeeks(thisWeek, -2), addWeeks(thisWeek, -1)];
  const checkIns: CheckIn[] = [];
  for (const [w, week] of weeks.entries()) {
    const answeredAt = daysFrom(now, -7 * (2 - w) + 1).toISOString();
    for (const [p, person] of DEMO_PEOPLE.entries()) {
      // Participation is realistic, not perfect: one person skipped each week.
      if (p === (w === 0 ? 5 : 6) || person.onVacation) continue;
      const mine = tasks.filter((t) => t.assigneeId === person.userId && t.status !== 'done').slice(0, 3);
      const blocked = mine.find((t) => t.status === 'blocked');
      checkIns.push({
        ...scope,
        userId: person.userId,
        week,
        taskUpdates: mine.map((t) => ({ taskId: t.id, status: t.status, note: '' })),
        blockers: blocked
          ? [{ text: blocked.blockedReason || 'Waiting on another team', taskId: blocked.id }]
          : [],
        wins: w === 1 ? [person.win] : [],
        confidence: Math.max(1, Math.min(5, person.confidence - (blocked ? 1 : 0) + w)),
        helpNote: '',
        answers: [{ questionId: 'q-learned', answer: person.learned }],
        submittedAt: answeredAt,
        updatedAt: answeredAt,
      });
    }
  }
  return { checkIns, feedback: demoFeedback(now), recognition: demoRecognition(now) };
}

function demoFeedback(now: Date): Feedback[] {
  const items: Array<Omit<Feedback, 'tenantId' | 'teamId' | 'id' | 'createdAt'> & { daysAgo: number }> = [
    {
      giverId: userIdOf('alice'),
      recipientId: userIdOf('bob'),
      situation: 'In Tuesday’s release review',
      behaviour: 'you walked through the rollback plan step by step before anyone asked',
      impact: 'the on-call team signed off in ten minutes instead of an hour',
      link: { kind: 'task', id: 'task-3' },
      visibility: 'team',
      source: 'tab',
      daysAgo: 2,
    },
    {
      giverId: userIdOf('alice'),
      recipientId: userIdOf('dan'),
      situation: 'On the last two support escalations',
      behaviour: 'the customer heard back only after the 8-hour target',
      impact: 'one account asked for a call with their manager; let’s find what slowed it down',
      link: { kind: 'goal', id: 'goal-response-time' },
      visibility: 'private',
      source: 'tab',
      daysAgo: 4,
    },
    {
      giverId: userIdOf('chen'),
      recipientId: userIdOf('priya'),
      situation: 'When we paired on the check-in card layout',
      behaviour: 'you sketched three options and tested each one on a phone',
      impact: 'we picked the one that fits 375 px without scrolling',
      visibility: 'team',
      source: 'tab',
      daysAgo: 6,
    },
    {
      giverId: userIdOf('bob'),
      recipientId: userIdOf('emma'),
      situation: 'In the Friday planning meeting',
      behaviour: 'you kept the timer and brought us back to the agenda twice',
      impact: 'we finished on time and everyone left with one clear task',
      visibility: 'team',
      source: 'tab',
      daysAgo: 9,
    },
    {
      giverId: userIdOf('farid'),
      recipientId: userIdOf('alice'),
      situation: 'Last sprint',
      behaviour: 'three tasks were added to my list after planning without a heads-up',
      impact: 'I missed the due date on the export fix',
      link: { kind: 'task', id: 'task-12' },
      visibility: 'private',
      source: 'tab',
      daysAgo: 11,
    },
  ];
  return items.map(({ daysAgo, ...item }) => {
    const createdAt = daysFrom(now, -daysAgo);
    return { ...scope, ...item, id: newTimelineId(createdAt), createdAt: createdAt.toISOString() };
  });
}

function demoRecognition(now: Date): Recognition[] {
  const items = [
    {
      giver: 'alice',
      to: ['bob', 'chen'],
      value: 'ownership',
      message: 'Shipped the release checklist a week early.',
      daysAgo: 1,
      link: 'task-3',
    },
    {
      giver: 'priya',
      to: ['gwen'],
      value: 'customer-first',
      message: 'Turned a frustrated customer into a reference call.',
      daysAgo: 5,
    },
    {
      giver: 'dan',
      to: ['emma'],
      value: 'learn-fast',
      message: 'Learned the billing API in two days and fixed the proration bug.',
      daysAgo: 8,
    },
  ];
  return items.map((item) => {
    const createdAt = daysFrom(now, -item.daysAgo);
    return {
      ...scope,
      id: newTimelineId(createdAt),
      giverId: userIdOf(item.giver),
      recipientIds: item.to.map(userIdOf),
      valueId: item.value,
      message: item.message,
      link: item.link ? { kind: 'task' as const, id: item.link } : undefined,
      createdAt: createdAt.toISOString(),
    };
  });
}
