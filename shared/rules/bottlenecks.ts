import type { Blocker, CheckIn } from '../domain/check-in.ts';
import type { Task, TaskStatus } from '../domain/task.ts';
import { jaccard, normalizeText, wordSet, words } from './text.ts';
import { daysBetween, isNextWeek, isWeekKey } from './week.ts';

/**
 * Bottlenecks a leader should see early: long blocks, overdue and stale tasks, overloaded people and
 * blockers that come back week after week. Done tasks are never findings.
 */

export type BottleneckTask = Pick<
  Task,
  'id' | 'title' | 'assigneeId' | 'status' | 'dueDate' | 'blockedSince' | 'statusChangedAt'
> &
  Partial<Pick<Task, 'blockedReason'>>;
export type BottleneckCheckIn = Pick<CheckIn, 'userId' | 'week' | 'blockers'>;

export interface BottleneckSettings {
  wipLimit: number;
  blockedAlertDays: number;
  staleDoingDays: number;
}

export interface BottleneckInput {
  tasks: readonly BottleneckTask[];
  /** Any weeks, any members: pass the window the dashboard looks at. */
  checkIns: readonly BottleneckCheckIn[];
  now: Date;
  /** `YYYY-MM-DD` in the team's time zone. */
  today: string;
  settings: BottleneckSettings;
}

export type Severity = 'high' | 'medium' | 'low';

interface TaskFinding {
  severity: Severity;
  taskId: string;
  title: string;
  assigneeId?: string;
}

export interface BlockedTooLongFinding extends TaskFinding {
  kind: 'blocked_too_long';
  /** Whole days (24 h periods) since the task was blocked. */
  days: number;
  blockedSince: string;
  reason?: string;
}

export interface OverdueFinding extends TaskFinding {
  kind: 'overdue';
  /** Calendar days past the due date. */
  days: number;
  dueDate: string;
  status: TaskStatus;
}

export interface StaleInDoingFinding extends TaskFinding {
  kind: 'stale_in_doing';
  /** Whole days (24 h periods) since the task last changed status. */
  days: number;
  since: string;
}

export interface WipOverLimitFinding {
  kind: 'wip_over_limit';
  severity: Severity;
  userId: string;
  /** Tasks in `doing` or `blocked`. */
  count: number;
  limit: number;
  taskIds: string[];
}

export interface RecurringBlockerFinding {
  kind: 'recurring_blocker';
  severity: Severity;
  /** The member who reported the blocker in their check-ins. */
  userId: string;
  taskId?: string;
  /** The blocker as reported in `week`, and as reported the week before. */
  text: string;
  previousText: string;
  week: string;
  previousWeek: string;
  /** Consecutive weeks the blocker was reported, ending with `week` and starting with `firstWeek`. */
  count: number;
  firstWeek: string;
}

export type BottleneckFinding =
  | BlockedTooLongFinding
  | OverdueFinding
  | StaleInDoingFinding
  | WipOverLimitFinding
  | RecurringBlockerFinding;

export type BottleneckKind = BottleneckFinding['kind'];

const DAY_MS = 86_400_000;
/** Token overlap from which two blocker texts count as the same blocker. */
export const SAME_BLOCKER_JACCARD = 0.6;
/** Overdue by this many days or more is high severity. */
const OVERDUE_HIGH_DAYS = 7;
/** A blocker reported this many weeks in a row is high severity. */
const RECURRING_HIGH_COUNT = 3;

const BLOCKER_STOP_WORDS = wordSet(`
  a an the and or of to for in on at by with from is are was be been still yet again our my we i it this that
`);

// ── Task rules ─────────────────────────────────────────────────────────────────────────────────────

function elapsedDays(since: string | undefined, now: Date): number | undefined {
  const start = since === undefined ? NaN : Date.parse(since);
  return Number.isNaN(start) ? undefined : Math.floor((now.getTime() - start) / DAY_MS);
}

function taskFields(task: BottleneckTask): Omit<TaskFinding, 'severity'> {
  return {
    taskId: task.id,
    title: task.title,
    ...(task.assigneeId === undefined ? {} : { assigneeId: task.assigneeId }),
  };
}

function blockedTooLong(task: BottleneckTask, input: BottleneckInput): BlockedTooLongFinding | undefined {
  if (task.status !== 'blocked') return undefined;
  const blockedSince = task.blockedSince ?? task.statusChangedAt;
  const days = elapsedDays(blockedSince, input.now);
  const threshold = input.settings.blockedAlertDays;
  if (days === undefined || days < threshold) return undefined;
  return {
    kind: 'blocked_too_long',
    severity: days >= 2 * threshold ? 'high' : 'medium',
    ...taskFields(task),
    days,
    blockedSince,
    ...(task.blockedReason ? { reason: task.blockedReason } : {}),
  };
}

function overdue(task: BottleneckTask, input: BottleneckInput): OverdueFinding | undefined {
  if (task.dueDate === undefined || task.dueDate >= input.today) return undefined;
  const days = daysBetween(task.dueDate, input.today);
  return {
    kind: 'overdue',
    severity: days >= OVERDUE_HIGH_DAYS ? 'high' : 'medium',
    ...taskFields(task),
    days,
    dueDate: task.dueDate,
    status: task.status,
  };
}

function staleInDoing(task: BottleneckTask, input: BottleneckInput): StaleInDoingFinding | undefined {
  if (task.status !== 'doing') return undefined;
  const days = elapsedDays(task.statusChangedAt, input.now);
  const threshold = input.settings.staleDoingDays;
  if (days === undefined || days < threshold) return undefined;
  return {
    kind: 'stale_in_doing',
    severity: days >= 2 * threshold ? 'medium' : 'low',
    ...taskFields(task),
    days,
    since: task.statusChangedAt,
  };
}

function wipOverLimit(openTasks: readonly BottleneckTask[], limit: number): WipOverLimitFinding[] {
  const inProgress = new Map<string, string[]>();
  for (const task of openTasks) {
    if (task.assigneeId === undefined || (task.status !== 'doing' && task.status !== 'blocked')) continue;
    inProgress.set(task.assigneeId, [...(inProgress.get(task.assigneeId) ?? []), task.id]);
  }
  return [...inProgress]
    .filter(([, taskIds]) => taskIds.length > limit)
    .map(([userId, taskIds]) => ({
      kind: 'wip_over_limit',
      severity: taskIds.length >= 2 * limit ? 'high' : 'medium',
      userId,
      count: taskIds.length,
      limit,
      taskIds,
    }));
}

// ── Recurring blockers ─────────────────────────────────────────────────────────────────────────────

function blockerTokens(text: string): Set<string> {
  return new Set(words(text).filter((word) => !BLOCKER_STOP_WORDS.has(word)));
}

/** The same blocker: same task, same normalised text, or enough shared words. */
export function isSameBlocker(
  a: Pick<Blocker, 'text' | 'taskId'>,
  b: Pick<Blocker, 'text' | 'taskId'>,
): boolean {
  if (a.taskId !== undefined && a.taskId === b.taskId) return true;
  const normalizedA = normalizeText(a.text);
  if (normalizedA !== '' && normalizedA === normalizeText(b.text)) return true;
  const tokensA = blockerTokens(a.text);
  const tokensB = blockerTokens(b.text);
  return tokensA.size > 0 && tokensB.size > 0 && jaccard(tokensA, tokensB) >= SAME_BLOCKER_JACCARD;
}

interface Occurrence {
  week: string;
  blocker: Blocker;
  previous?: Occurrence;
  count: number;
  continued: boolean;
}

/** Each member's check-ins as one blocker list per week, oldest week first. */
function blockersByMemberWeek(
  checkIns: readonly BottleneckCheckIn[],
): Map<string, Array<[string, Blocker[]]>> {
  const byMember = new Map<string, Map<string, Blocker[]>>();
  for (const checkIn of checkIns) {
    if (!isWeekKey(checkIn.week)) continue;
    const weeks = byMember.get(checkIn.userId) ?? new Map<string, Blocker[]>();
    weeks.set(checkIn.week, [...(weeks.get(checkIn.week) ?? []), ...checkIn.blockers]);
    byMember.set(checkIn.userId, weeks);
  }
  return new Map(
    [...byMember].map(([userId, weeks]) => [
      userId,
      [...weeks].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ]),
  );
}

/** The best earlier occurrence for a blocker: a shared task first, then any same blocker. */
function bestPrevious(blocker: Blocker, candidates: readonly Occurrence[]): Occurrence | undefined {
  const sameTask = candidates.find(
    (c) => blocker.taskId !== undefined && c.blocker.taskId === blocker.taskId,
  );
  return sameTask ?? candidates.find((c) => isSameBlocker(c.blocker, blocker));
}

function chainOccurrences(weeks: ReadonlyArray<[string, Blocker[]]>): Occurrence[] {
  const all: Occurrence[] = [];
  let previousWeek: Occurrence[] = [];
  let previousKey: string | undefined;
  for (const [week, blockers] of weeks) {
    const adjacent = previousKey !== undefined && isNextWeek(previousKey, week);
    const current = blockers.map((blocker): Occurrence => {
      const previous = adjacent ? bestPrevious(blocker, previousWeek) : undefined;
      if (previous) previous.continued = true;
      return {
        week,
        blocker,
        count: previous ? previous.count + 1 : 1,
        continued: false,
        ...(previous ? { previous } : {}),
      };
    });
    all.push(...current);
    previousWeek = current;
    previousKey = week;
  }
  return all;
}

function chainTaskId(occurrence: Occurrence): string | undefined {
  for (let at: Occurrence | undefined = occurrence; at; at = at.previous) {
    if (at.blocker.taskId !== undefined) return at.blocker.taskId;
  }
  return undefined;
}

function firstWeekOf(occurrence: Occurrence): string {
  let first = occurrence;
  while (first.previous) first = first.previous;
  return first.week;
}

function recurringBlockers(
  input: BottleneckInput,
  doneTaskIds: ReadonlySet<string>,
): RecurringBlockerFinding[] {
  const findings: RecurringBlockerFinding[] = [];
  for (const [userId, weeks] of blockersByMemberWeek(input.checkIns)) {
    for (const occurrence of chainOccurrences(weeks)) {
      const previous = occurrence.previous;
      const taskId = chainTaskId(occurrence);
      if (!previous || occurrence.continued || (taskId !== undefined && doneTaskIds.has(taskId))) continue;
      findings.push({
        kind: 'recurring_blocker',
        severity: occurrence.count >= RECURRING_HIGH_COUNT ? 'high' : 'medium',
        userId,
        ...(taskId === undefined ? {} : { taskId }),
        text: occurrence.blocker.text,
        previousText: previous.blocker.text,
        week: occurrence.week,
        previousWeek: previous.week,
        count: occurrence.count,
        firstWeek: firstWeekOf(occurrence),
      });
    }
  }
  return findings;
}

// ── Ordering ───────────────────────────────────────────────────────────────────────────────────────

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const KIND_RANK: Record<BottleneckKind, number> = {
  blocked_too_long: 0,
  recurring_blocker: 1,
  overdue: 2,
  wip_over_limit: 3,
  stale_in_doing: 4,
};

function magnitude(finding: BottleneckFinding): number {
  return 'days' in finding ? finding.days : finding.count;
}

function identity(finding: BottleneckFinding): string {
  switch (finding.kind) {
    case 'wip_over_limit':
      return finding.userId;
    case 'recurring_blocker':
      return `${finding.userId} ${finding.week} ${finding.text}`;
    default:
      return finding.taskId;
  }
}

/** Most severe first; then by kind, larger numbers first, and a stable id order. */
export function compareFindings(a: BottleneckFinding, b: BottleneckFinding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    magnitude(b) - magnitude(a) ||
    (identity(a) < identity(b) ? -1 : identity(a) > identity(b) ? 1 : 0)
  );
}

/**
 * Finds bottlenecks. Thresholds are inclusive: blocked for exactly `blockedAlertDays` days, or in `doing`
 * for exactly `staleDoingDays` days, is a finding; a WIP equal to the limit is not.
 */
export function detectBottlenecks(input: BottleneckInput): BottleneckFinding[] {
  const openTasks = input.tasks.filter((task) => task.status !== 'done');
  const doneTaskIds = new Set(input.tasks.filter((task) => task.status === 'done').map((task) => task.id));
  const taskFindings = openTasks.flatMap((task) =>
    [blockedTooLong(task, input), overdue(task, input), staleInDoing(task, input)].filter(
      (finding): finding is BlockedTooLongFinding | OverdueFinding | StaleInDoingFinding =>
        finding !== undefined,
    ),
  );
  return [
    ...taskFindings,
    ...wipOverLimit(openTasks, input.settings.wipLimit),
    ...recurringBlockers(input, doneTaskIds),
  ].sort(compareFindings);
}
