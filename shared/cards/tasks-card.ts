import type { SupportedLocale } from '../i18n/locales.ts';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
import { openUrlAction } from './card-actions.ts';
import { dayLabel } from './day-label.ts';
import { reviewText } from './i18n/review-text.ts';
import { tasksText, type TasksT } from './i18n/tasks-text.ts';
import { reviewRequestAction } from './review-request-action.ts';

export type OpenTaskStatus = 'doing' | 'blocked' | 'todo';

export interface OpenTaskItem {
  taskId: string;
  title: string;
  status: OpenTaskStatus;
  dueDate?: string;
  goalTitle?: string;
  blockedReason?: string;
  /** Opens the task in the tab. */
  url: string;
}

export interface DoneTaskItem {
  taskId: string;
  title: string;
  /** The local day it was done, `YYYY-MM-DD`. */
  doneOn: string;
  goalTitle?: string;
  url: string;
}

export interface TasksCardInput {
  teamId: string;
  teamName: string;
  /** The reader's local day, `YYYY-MM-DD`: what is overdue. */
  today: string;
  /** The reader's open tasks, most pressing first within each status. */
  open: readonly OpenTaskItem[];
  /** Tasks done lately, which can go to a teammate for review. */
  recentlyDone: readonly DoneTaskItem[];
  boardUrl: string;
  /** The reader's language. */
  locale: SupportedLocale;
}

/** At most this many open tasks are listed; the board has the rest. */
export const MAX_LISTED_TASKS = 20;
export const MAX_LISTED_DONE = 5;
/** Tasks stop being added before the card passes this size, well under the 28 KB Cadence allows a card. */
const BODY_BUDGET_BYTES = 24 * 1024;
const GOAL_CHARS = 100;

const GROUPS: ReadonlyArray<{ status: OpenTaskStatus; label: Parameters<TasksT>[0] }> = [
  { status: 'doing', label: 'card.tasks.group.doing' },
  { status: 'blocked', label: 'card.tasks.group.blocked' },
  { status: 'todo', label: 'card.tasks.group.todo' },
];

/**
 * The `tasks` command's answer: the reader's open tasks by status (doing, blocked, to do) with due dates
 * (overdue flagged) and goals, each with a link into the tab; then tasks done lately with "Request
 * review". Long lists stop at MAX_LISTED_TASKS or the size budget, whichever comes first, and say how
 * many more the board holds.
 */
export function tasksCard(input: TasksCardInput): AdaptiveCard {
  const { open, today, locale } = input;
  const t = tasksText(locale);
  const overdue = open.filter((task) => task.dueDate !== undefined && task.dueDate < today).length;
  const body = new BudgetedBody(BODY_BUDGET_BYTES);
  body.push([
    {
      type: 'TextBlock',
      text: t(open.length > 0 ? 'card.tasks.title' : 'card.tasks.titleEmpty'),
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    {
      type: 'TextBlock',
      text:
        open.length > 0
          ? `${plainText(input.teamName)} · ${summary(t, open.length, overdue)}`
          : plainText(input.teamName),
      isSubtle: true,
      spacing: 'None',
      wrap: true,
    },
  ]);
  if (open.length === 0) {
    body.push([
      {
        type: 'TextBlock',
        text: t('card.tasks.empty'),
        wrap: true,
      },
    ]);
  }
  const listed = body.pushWhileFits(
    GROUPS.flatMap(({ status, label }) => {
      const tasks = open.filter((task) => task.status === status);
      return tasks.map((task, index) => {
        const item = openTaskItem(t, task, today, locale);
        return index === 0 ? [groupHeading(t(label, { count: tasks.length })), item] : [item];
      });
    }),
    MAX_LISTED_TASKS,
  );
  if (listed < open.length) {
    body.push([
      {
        type: 'TextBlock',
        text: t('card.tasks.more', { count: open.length - listed }),
        isSubtle: true,
        spacing: 'Medium',
        wrap: true,
      },
    ]);
  }
  body.pushWhileFits(
    input.recentlyDone.map((task, index) => {
      const item = doneTaskItem(t, task, input.teamId, locale);
      return index === 0 ? [groupHeading(t('card.tasks.doneLately')), item] : [item];
    }),
    MAX_LISTED_DONE,
  );
  return adaptiveCard(body.elements, { actions: [openUrlAction(t('card.tasks.openBoard'), input.boardUrl)] });
}

function summary(t: TasksT, open: number, overdue: number): string {
  return overdue > 0
    ? t('card.tasks.openCountOverdue', { count: open, overdue })
    : t('card.tasks.openCount', { count: open });
}

function groupHeading(text: string): CardElement {
  return { type: 'TextBlock', text, weight: 'Bolder', spacing: 'Large', separator: true, wrap: true };
}

function openTaskItem(t: TasksT, task: OpenTaskItem, today: string, locale: SupportedLocale): CardElement {
  const details: CardElement[] = [];
  if (task.dueDate !== undefined) details.push(dueLine(t, task.dueDate, today, locale));
  if (task.status === 'blocked' && task.blockedReason) {
    details.push(
      detail(t('card.tasks.blockedReason', { reason: plainText(truncate(task.blockedReason, GOAL_CHARS)) })),
    );
  }
  if (task.goalTitle) details.push(goalLine(t, task.goalTitle));
  return taskRow(task.title, details, openUrlAction(t('card.tasks.open'), task.url));
}

function doneTaskItem(t: TasksT, task: DoneTaskItem, teamId: string, locale: SupportedLocale): CardElement {
  const details = [detail(t('card.tasks.doneOn', { day: dayLabel(task.doneOn, locale, { year: false }) }))];
  if (task.goalTitle) details.push(goalLine(t, task.goalTitle));
  const title = reviewText(locale)('card.review.action');
  return taskRow(task.title, details, reviewRequestAction({ teamId, taskId: task.taskId }, title));
}

function goalLine(t: TasksT, goalTitle: string): CardElement {
  return detail(t('card.tasks.goal', { goal: plainText(truncate(goalTitle, GOAL_CHARS)) }));
}

function dueLine(t: TasksT, dueDate: string, today: string, locale: SupportedLocale): CardElement {
  const day = dayLabel(dueDate, locale, { year: dueDate.slice(0, 4) !== today.slice(0, 4) });
  if (dueDate < today) {
    return { ...detail(t('card.tasks.overdue', { day })), color: 'Attention', isSubtle: false };
  }
  if (dueDate === today) {
    return { ...detail(t('card.tasks.dueToday', { day })), color: 'Warning', isSubtle: false };
  }
  return detail(t('card.tasks.due', { day }));
}

function detail(text: string): CardElement {
  return { type: 'TextBlock', text, size: 'Small', isSubtle: true, spacing: 'None', wrap: true };
}

/** The title and its details on the left, one action on the right (it wraps under them on a phone). */
function taskRow(title: string, details: CardElement[], action: CardElement): CardElement {
  return {
    type: 'ColumnSet',
    spacing: 'Medium',
    columns: [
      {
        type: 'Column',
        width: 'stretch',
        items: [{ type: 'TextBlock', text: plainText(title), wrap: true }, ...details],
      },
      {
        type: 'Column',
        width: 'auto',
        verticalContentAlignment: 'Center',
        items: [{ type: 'ActionSet', actions: [action] }],
      },
    ],
  };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** A card body that stops growing before its serialized size passes a budget. */
class BudgetedBody {
  private static readonly encoder = new TextEncoder();
  readonly elements: CardElement[] = [];
  private used = 0;

  constructor(private readonly limitBytes: number) {}

  /** Adds the elements whatever their size: the fixed parts of the card. */
  push(elements: readonly CardElement[]): void {
    this.elements.push(...elements);
    this.used += BudgetedBody.bytes(elements);
  }

  /** Adds groups of elements in order, up to `max` groups, until the next would pass the budget; returns how many. */
  pushWhileFits(groups: readonly (readonly CardElement[])[], max: number): number {
    let added = 0;
    for (const group of groups.slice(0, max)) {
      const bytes = BudgetedBody.bytes(group);
      if (this.used + bytes > this.limitBytes) break;
      this.elements.push(...group);
      this.used += bytes;
      added += 1;
    }
    return added;
  }

  private static bytes(elements: readonly CardElement[]): number {
    return BudgetedBody.encoder.encode(JSON.stringify(elements)).length;
  }
}
