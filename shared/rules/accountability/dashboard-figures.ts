import { detectBottlenecks } from '../bottlenecks.ts';
import { goalProgress } from '../goal-progress.ts';
import { isoWeekKey, localDate, weekStart } from '../week.ts';
import { confidenceTrend, weeksEndingAt, type WeekConfidence } from './confidence-trend.ts';
import { latestReceived } from './gaps.ts';
import { blockedTasks } from './overdue-work.ts';
import { participation } from './participation.ts';
import { byName, personOf, personRef, wholeDaysSince, type PersonRef, type TeamData } from './team-data.ts';

export interface ParticipationPoint {
  week: string;
  answered: number;
  expected: number;
  /** 0–1. */
  rate: number;
}

export interface AgeBucket {
  label: string;
  /** Inclusive lower bound, in whole days blocked. */
  minDays: number;
  count: number;
}

export interface RecurringBlockerRow {
  person: PersonRef;
  text: string;
  weeks: number;
  firstWeek: string;
}

export interface WipRow {
  person: PersonRef;
  doing: number;
  blocked: number;
  overLimit: boolean;
}

export interface FeedbackCadenceRow {
  person: PersonRef;
  /** Feedback received within the dashboard's weeks. */
  received: number;
  lastAt?: string;
  /** Whole days since the last feedback received; undefined when never. */
  daysSince?: number;
}

export interface RecognitionRow {
  person: PersonRef;
  received: number;
  given: number;
}

export interface GoalProgressRow {
  goalId: string;
  statement: string;
  owner: PersonRef;
  /** 0–1. */
  progress: number;
  doneTasks: number;
  totalTasks: number;
  dueDate?: string;
}

/** The leader dashboard: the accountability figures over `weeks.length` weeks, oldest week first. */
export interface DashboardFigures {
  teamName: string;
  weeks: string[];
  wipLimit: number;
  participation: ParticipationPoint[];
  confidence: WeekConfidence[];
  blockersByAge: AgeBucket[];
  recurringBlockers: RecurringBlockerRow[];
  wip: WipRow[];
  feedbackCadence: FeedbackCadenceRow[];
  /** Feedback given per week, for the cadence chart. */
  feedbackPerWeek: Array<{ week: string; count: number }>;
  recognition: RecognitionRow[];
  goals: GoalProgressRow[];
}

const AGE_BUCKETS = [
  { label: 'Under 3 days', minDays: 0 },
  { label: '3–6 days', minDays: 3 },
  { label: '1–2 weeks', minDays: 7 },
  { label: '2 weeks or more', minDays: 14 },
] as const;

export const MAX_DASHBOARD_WEEKS = 26;

export function dashboardFigures(data: TeamData, weekCount: number, now: Date): DashboardFigures {
  const { settings } = data.team;
  const current = isoWeekKey(now, settings.timeZone);
  const weeks = weeksEndingAt(current, weekCount);
  const from = weekStart(weeks[0] ?? current, settings.timeZone).getTime();
  const inRange = (at: string) => Date.parse(at) >= from;
  const active = data.members.filter((m) => m.active);
  const blocked = blockedTasks(data.tasks, data.members, now);
  const recognitionInRange = data.recognition.filter((r) => inRange(r.createdAt));
  const feedbackInRange = data.feedback.filter((f) => inRange(f.createdAt));
  const lastFeedback = latestReceived(
    data.feedback.map((f) => ({ recipientIds: [f.recipientId], createdAt: f.createdAt })),
  );
  const weekOf = (at: string) => isoWeekKey(new Date(at), settings.timeZone);

  return {
    teamName: data.team.name,
    weeks,
    wipLimit: settings.wipLimit,
    participation: weeks.map((week) => {
      const { answered, expected, rate } = participation(week, data.members, data.checkIns, settings.checkIn);
      return { week, answered, expected, rate };
    }),
    confidence: confidenceTrend(current, weekCount, data.checkIns),
    blockersByAge: AGE_BUCKETS.map((bucket, i) => {
      const next = AGE_BUCKETS[i + 1]?.minDays ?? Infinity;
      return { ...bucket, count: blocked.filter((t) => t.days >= bucket.minDays && t.days < next).length };
    }),
    recurringBlockers: detectBottlenecks({
      tasks: data.tasks,
      checkIns: data.checkIns.filter((c) => c.week >= (weeks[0] ?? current)),
      now,
      today: localDate(now, settings.timeZone),
      settings,
    }).flatMap((finding) =>
      finding.kind === 'recurring_blocker'
        ? [
            {
              person: personOf(data.members, finding.userId),
              text: finding.text,
              weeks: finding.count,
              firstWeek: finding.firstWeek,
            },
          ]
        : [],
    ),
    wip: active
      .map((member) => {
        const mine = data.tasks.filter((t) => t.assigneeId === member.userId);
        const doing = mine.filter((t) => t.status === 'doing').length;
        const blockedCount = mine.filter((t) => t.status === 'blocked').length;
        return {
          person: personRef(member),
          doing,
          blocked: blockedCount,
          overLimit: doing + blockedCount > settings.wipLimit,
        };
      })
      .sort((a, b) => b.doing + b.blocked - (a.doing + a.blocked) || byName(a.person, b.person)),
    feedbackCadence: active
      .map((member): FeedbackCadenceRow => {
        const lastAt = lastFeedback.get(member.userId);
        return {
          person: personRef(member),
          received: feedbackInRange.filter((f) => f.recipientId === member.userId).length,
          ...(lastAt === undefined ? {} : { lastAt, daysSince: wholeDaysSince(lastAt, now) }),
        };
      })
      .sort((a, b) => (b.daysSince ?? Infinity) - (a.daysSince ?? Infinity) || byName(a.person, b.person)),
    feedbackPerWeek: weeks.map((week) => ({
      week,
      count: feedbackInRange.filter((f) => weekOf(f.createdAt) === week).length,
    })),
    recognition: active
      .map((member) => ({
        person: personRef(member),
        received: recognitionInRange.filter((r) => r.recipientIds.includes(member.userId)).length,
        given: recognitionInRange.filter((r) => r.giverId === member.userId).length,
      }))
      .sort((a, b) => b.received - a.received || byName(a.person, b.person)),
    goals: data.goals
      .filter((goal) => goal.status !== 'archived')
      .map((goal) => {
        const progress = goalProgress(goal, data.tasks);
        return {
          goalId: goal.id,
          statement: goal.statement,
          owner: personOf(data.members, goal.ownerId),
          progress: progress.overall,
          doneTasks: progress.doneTasks,
          totalTasks: progress.totalTasks,
          ...(goal.dueDate === undefined ? {} : { dueDate: goal.dueDate }),
        };
      }),
  };
}
