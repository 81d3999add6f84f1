import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
import { openUrlAction } from './card-actions.ts';
import { dayLabel } from './day-label.ts';
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
}

/** At most this many open tasks are listed; the board has the rest. */
export const MAX_LISTED_TASKS = 20;
export const MAX_LISTED_DONE = 5;
/** Tasks stop being added before the card passes this size, well under the 28 KB Cadence allows a card. */
const BODY_BUDGET_BYTES = 24 * 1024;
const GOAL_CHARS = 100;

const GROUPS: ReadonlyArray<{ status: OpenTaskStatus; label: string }> = [
  { status: 'doing', label: 'Doing' },
  { status: 'blocked', label: 'Blocked' },
  { status: 'todo', label: 'To do' },
];

/**
 * The `tasks` command's answer: the reader's open tasks by status (doing, blocked, to do) with due dates
 * (overdue flagged) and goals, each with a link into the tab; then tasks done lately with "Request
 * review". Long lists stop at MAX_LISTED_TASKS or the size budget, whichever comes first, and say how
 * many more the board holds.
 */
export function tasksCard(input: TasksCardInput): AdaptiveCard {
  const { open, today } = input;
  const overdue = open.filter((task) => task.dueDate !== undefined && task.dueDate < today).length;
  const body = new BudgetedBody(BODY_BUDGET_BYTES);
  body.push([
    {
      type: 'TextBlock',
      text: open.length > 0 ? 'Your open tasks' : 'No open tasks',
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    {
      type: 'TextBlock',
      text:
        open.length > 0
          ? `${plainText(input.teamName)} · ${summary(open.length, overdue)}`
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
        text: 'Nothing is waiting on you. Pick something up on the board when you are ready.',
        wrap: true,
      },
    ]);
  }
  const listed = body.pushWhileFits(
    GROUPS.flatMap(({ status, label }) => {
      const tasks = open.filter((task) => task.status === status);
      return tasks.map((task, index) => {
        const item = openTaskItem(task, today);
        return index === 0 ? [groupHeading(`${label} (${tasks.length})`), item] : [item];
      });
    }),
    MAX_LISTED_TASKS,
  );
  if (listed < open.length) {
    body.push([
      {
        type: 'TextBlock',
        text: `And ${open.length - listed} more on the board.`,
        isSubtle: true,
        spacing: 'Medium',
        wrap: true,
      },
    ]);
  }
  body.pushWhileFits(
    input.recentlyDone.map((task, index) => {
      const item = doneTaskItem(task, input.teamId);
      return index === 0 ? [groupHeading('Done lately'), item] : [item];
    }),
    MAX_LISTED_DONE,
  );
  return adaptiveCard(body.elements, { actions: [openUrlAction('Open the board', input.boardUrl)] });
}

function summary(open: number, overdue: number): string {
  const count = open === 1 ? '1 open task' : `${open} open tasks`;
  return overdue > 0 ? `${count}, ${overdue} overdue` : count;
}

function groupHeading(text: string): CardElement {
  return { type: 'TextBlock', text, weight: 'Bolder', spacing: 'Large', separator: true, wrap: true };
}

function openTaskItem(task: OpenTaskItem, today: string): CardElement {
  const details: CardElement[] = [];
  if (task.dueDate !== undefined) details.push(dueLine(task.dueDate, today));
  if (task.status === 'blocked' && task.blockedReason) {
    details.push(detail(`Blocked: ${plainText(truncate(task.blockedReason, GOAL_CHARS))}`));
  }
  if (task.goalTitle) details.push(detail(`Goal: ${plainText(truncate(task.goalTitle, GOAL_CHARS))}`));
  return taskRow(task.title, details, openUrlAction('Open', task.url));
}

function doneTaskItem(task: DoneTaskItem, teamId: string): CardElement {
  const details = [detail(`Done ${dayLabel(task.doneOn, { year: false })}`)];
  if (task.goalTitle) details.push(detail(`Goal: ${plainText(truncate(task.goalTitle, GOAL_CHARS))}`));
  return taskRow(task.title, details, reviewRequestAction({ teamId, taskId: task.taskId }));
}

function dueLine(dueDate: string, today: string): CardElement {
  const day = dayLabel(dueDate, { year: dueDate.slice(0, 4) !== today.slice(0, 4) });
  if (dueDate < today) return { ...detail(`Overdue: was due ${day}`), color: 'Attention', isSubtle: false };
  if (dueDate === today) return { ...detail(`Due today, ${day}`), color: 'Warning', isSubtle: false };
  return detail(`Due ${day}`);
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
