import type { CheckIn } from '../domain/check-in.ts';
import { LIMITS } from '../domain/limits.ts';
import type { TaskStatus } from '../domain/task-status.ts';

/**
 * The check-in card's inputs, shared by the card builder and the parser of what the card sends back.
 * Per-task and per-question inputs carry the id after a `.`, which entity ids never contain.
 */
export const CHECK_IN_FIELDS = {
  blockers: 'blockers',
  wins: 'wins',
  confidence: 'confidence',
  helpFrom: 'helpFrom',
  helpNote: 'helpNote',
} as const;

/** The "need help from" choice that names nobody: an edit can take a help request back off the card. */
export const NO_HELPER = 'nobody';

export const TASK_FIELD_PREFIX = 'task.';
export const QUESTION_FIELD_PREFIX = 'question.';

export function taskFieldId(taskId: string): string {
  return `${TASK_FIELD_PREFIX}${taskId}`;
}

export function questionFieldId(questionId: string): string {
  return `${QUESTION_FIELD_PREFIX}${questionId}`;
}

/**
 * Limits of what the card takes, so a card prefilled with a maximal answer stays under the size budget.
 * Answers to custom questions are shorter on the card than the domain allows.
 */
export const CHECK_IN_CARD_LIMITS = {
  /** Characters per blocker or win (one per line). */
  line: LIMITS.shortText,
  blockers: LIMITS.blockersPerCheckIn,
  wins: LIMITS.winsPerCheckIn,
  helpNote: LIMITS.shortText,
  answer: LIMITS.shortText,
} as const;

/** A multi-line input takes as many characters as its lines may hold, newlines included. */
export function multiLineMaxLength(lines: number): number {
  return lines * (CHECK_IN_CARD_LIMITS.line + 1);
}

/** What the card's inputs show: raw text, so a re-rendered card keeps exactly what the person typed. */
export interface CheckInFormValues {
  /** Overrides the task's stored status, by task id. */
  taskStatuses: Record<string, TaskStatus>;
  blockers: string;
  wins: string;
  confidence: string;
  helpFrom: string;
  helpNote: string;
  answers: Record<string, string>;
}

/** A problem per input id, worded to name the field ("Confidence: …"). */
export type CheckInFieldErrors = Record<string, string>;

export const EMPTY_CHECK_IN_FORM: CheckInFormValues = {
  taskStatuses: {},
  blockers: '',
  wins: '',
  confidence: '',
  helpFrom: '',
  helpNote: '',
  answers: {},
};

/** The inputs prefilled from a stored answer. Task statuses come from the board, which the answer moved. */
export function formFromCheckIn(checkIn: CheckIn): CheckInFormValues {
  return {
    taskStatuses: {},
    blockers: checkIn.blockers.map((blocker) => blocker.text).join('\n'),
    wins: checkIn.wins.join('\n'),
    confidence: String(checkIn.confidence),
    helpFrom: checkIn.helpFrom ?? '',
    helpNote: checkIn.helpNote,
    answers: Object.fromEntries(checkIn.answers.map((answer) => [answer.questionId, answer.answer])),
  };
}

/**
 * The statuses the card showed, carried in the submit action's data (`id=status;…`): only a status the
 * person changed on the card is applied, so a card older than a move made in the tab does not undo it.
 */
export function encodeShownStatuses(tasks: readonly { id: string; status: TaskStatus }[]): string {
  return tasks.map((task) => `${task.id}=${task.status}`).join(';');
}

export function decodeShownStatuses(text: unknown): Map<string, string> {
  const shown = new Map<string, string>();
  if (typeof text !== 'string') return shown;
  for (const pair of text.split(';')) {
    const [taskId, status] = pair.split('=');
    if (taskId && status) shown.set(taskId, status);
  }
  return shown;
}
