import type { CheckIn } from '../domain/check-in.ts';
import type { TaskStatus } from '../domain/task-status.ts';
import type { SupportedLocale } from '../i18n/locales.ts';
import type { CheckInWindow } from '../rules/check-in-window.ts';
import type { CheckInFieldErrors, CheckInFormValues } from './check-in-form.ts';
import { commonText } from './i18n/common-text.ts';

export interface CheckInCardTask {
  id: string;
  title: string;
  status: TaskStatus;
}

export interface CheckInCardPerson {
  userId: string;
  name: string;
}

export interface CheckInNotice {
  text: string;
  tone?: 'good' | 'warning';
}

/** Everything the check-in card shows; the builder decides the state (open, submitted, read-only). */
export interface CheckInCardInput {
  /** The reader's language. */
  locale: SupportedLocale;
  teamId: string;
  teamName: string;
  member: { userId: string; name: string; teamsUserId?: string | undefined };
  /** The week and its window, on the member's clock. */
  window: CheckInWindow;
  /** The member's open tasks, plus any this answer moved (so a task marked done can be moved back). */
  tasks: readonly CheckInCardTask[];
  /** The active roster without the member: whom they can ask for help. */
  teammates: readonly CheckInCardPerson[];
  questions: readonly { id: string; text: string }[];
  /** The stored answer for the week, if any. */
  answer?: CheckIn | undefined;
  /** What the inputs show instead of the stored answer: what the person typed, after an error. */
  values?: CheckInFormValues | undefined;
  errors?: CheckInFieldErrors | undefined;
  /** Short messages from Cadence (a pause, a help request sent or not delivered). */
  notices?: readonly CheckInNotice[] | undefined;
  /** The board in the tab: where the tasks the card leaves out are. */
  boardUrl: string;
  /** Someone other than the member (a leader) looks at it: always read-only. */
  viewer?: 'member' | 'other' | undefined;
}

/** How much the card shows; smaller levels keep a card with very long content under the size budget. */
export interface CardFit {
  tasks: number;
  titleChars: number;
  teammates: number;
  /** Characters of read-only text (question texts, summaries); what the person types is never cut. */
  textChars: number;
}

/** A task status as the check-in card names it. */
export function statusLabel(status: TaskStatus, locale: SupportedLocale): string {
  return commonText(locale)(`card.common.status.${status}`);
}

/** Cuts text for display with an ellipsis, by code points so no emoji is split. */
export function clip(text: string, maxChars: number): string {
  const chars = [...text];
  return chars.length <= maxChars ? text : `${chars.slice(0, maxChars - 1).join('')}…`;
}

const STATUS_ORDER: Record<TaskStatus, number> = { blocked: 0, doing: 1, todo: 2, done: 3 };

/** Blocked first, then in progress, then to do; done last. */
export function tasksInCardOrder(tasks: readonly CheckInCardTask[]): CheckInCardTask[] {
  return [...tasks].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
}
