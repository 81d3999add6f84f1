import { z } from 'zod';
import type { CheckIn } from '../domain/check-in.ts';
import type { Feedback } from '../domain/feedback.ts';
import type { Recognition } from '../domain/recognition.ts';
import { IsoDateTimeSchema } from '../domain/time.ts';

export const HISTORY_PAGE = { defaultLimit: 50, maxLimit: 200 } as const;

/** Query strings are text: a whole number written in digits, nothing else. */
const LimitSchema = z
  .string()
  .regex(/^\d{1,4}$/, 'must be a whole number')
  .transform(Number)
  .pipe(
    z
      .number()
      .int()
      .min(1, 'must be at least 1')
      .max(HISTORY_PAGE.maxLimit, `must be at most ${HISTORY_PAGE.maxLimit}`),
  );

/** `?limit=&before=`: a page of at most `limit` items older than `before` (an ISO instant, exclusive). */
export const HistoryQuerySchema = z.strictObject({
  limit: LimitSchema.default(HISTORY_PAGE.defaultLimit),
  before: IsoDateTimeSchema.optional(),
});

export type HistoryQuery = z.input<typeof HistoryQuerySchema>;
export type HistoryPageRequest = z.output<typeof HistoryQuerySchema>;

export interface HistoryPerson {
  userId: string;
  name: string;
  isLeader: boolean;
  /** False once the person has left the team: their history stays readable. */
  active: boolean;
}

interface HistoryItemBase {
  /** When it happened (ISO, UTC, millisecond precision): the sort key, newest first. */
  at: string;
}

export interface FeedbackHistoryItem extends HistoryItemBase {
  kind: 'feedback-received' | 'feedback-given';
  feedback: Feedback;
}

export interface RecognitionHistoryItem extends HistoryItemBase {
  kind: 'recognition-received' | 'recognition-given';
  recognition: Recognition;
}

export interface CheckInHistoryItem extends HistoryItemBase {
  kind: 'check-in';
  checkIn: CheckIn;
}

export type HistoryItem = FeedbackHistoryItem | RecognitionHistoryItem | CheckInHistoryItem;
export type HistoryItemKind = HistoryItem['kind'];

export interface HistoryResponse {
  person: HistoryPerson;
  /** Newest first, only what the caller may see. */
  items: HistoryItem[];
  /**
   * Whether the caller may see this person's check-ins (the person themself and leaders): when false,
   * `items` holds none, whatever exists.
   */
  checkInsVisible: boolean;
  /**
   * Send as `before` for the next page; absent on the last page. A page never splits items of the same
   * instant (it may exceed `limit` to keep them together), so no item is skipped or repeated.
   */
  nextBefore?: string;
}
