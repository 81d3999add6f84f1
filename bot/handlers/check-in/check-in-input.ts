import { z } from 'zod';
import {
  CHECK_IN_CARD_LIMITS,
  CHECK_IN_FIELDS,
  decodeShownStatuses,
  NO_HELPER,
  questionFieldId,
  taskFieldId,
  type CheckInFieldErrors,
  type CheckInFormValues,
} from '../../../shared/cards/check-in-form.ts';
import { checkInText, type CheckInT } from '../../../shared/cards/i18n/check-in-text.ts';
import { UserIdSchema } from '../../../shared/domain/ids.ts';
import { TASK_STATUSES } from '../../../shared/domain/task-status.ts';
import { WeekKeySchema } from '../../../shared/domain/week-key.ts';
import type { SupportedLocale } from '../../../shared/i18n/locales.ts';
import type { CheckInAnswer } from '../../services/check-in-service.ts';

/** What every check-in card action carries: whose check-in for which week of which team. */
const CheckInCardDataSchema = z.object({
  teamId: z.string().min(1).max(256),
  week: WeekKeySchema,
  userId: UserIdSchema,
});

export type CheckInCardData = z.infer<typeof CheckInCardDataSchema>;

export function parseCheckInCardData(data: Record<string, unknown>): CheckInCardData | undefined {
  const parsed = CheckInCardDataSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

export interface CheckInInputContext {
  /** The member's tasks that may appear on the card, by id, with their titles for error messages. */
  tasks: ReadonlyMap<string, { title: string }>;
  questionIds: readonly string[];
  /** Active teammates the member may ask for help. */
  teammateIds: ReadonlySet<string>;
}

export type ParsedCheckInAnswer =
  | { ok: true; answer: CheckInAnswer; form: CheckInFormValues }
  | { ok: false; errors: CheckInFieldErrors; form: CheckInFormValues };

const StatusSchema = z.enum(TASK_STATUSES);
const ConfidenceSchema = z
  .string()
  .trim()
  .regex(/^[1-5]$/);

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

function helperOf(value: unknown): string {
  const helper = textOf(value).trim();
  return helper === NO_HELPER ? '' : helper;
}

/** The inputs as typed, so a card shown again with an error keeps them. */
function formOf(data: Record<string, unknown>, context: CheckInInputContext): CheckInFormValues {
  const taskStatuses: CheckInFormValues['taskStatuses'] = {};
  for (const taskId of context.tasks.keys()) {
    const status = StatusSchema.safeParse(data[taskFieldId(taskId)]);
    if (status.success) taskStatuses[taskId] = status.data;
  }
  return {
    taskStatuses,
    blockers: textOf(data[CHECK_IN_FIELDS.blockers]),
    wins: textOf(data[CHECK_IN_FIELDS.wins]),
    confidence: textOf(data[CHECK_IN_FIELDS.confidence]).trim(),
    helpFrom: helperOf(data[CHECK_IN_FIELDS.helpFrom]),
    helpNote: textOf(data[CHECK_IN_FIELDS.helpNote]),
    answers: Object.fromEntries(context.questionIds.map((id) => [id, textOf(data[questionFieldId(id)])])),
  };
}

/** One item per non-empty line; a leading "-", "*" or "•" (a habit of typed lists) is dropped. */
function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-*•]\s+/, '').trim())
    .filter((line) => line.length > 0);
}

function listProblem(t: CheckInT, field: string, items: string[], max: number): string | undefined {
  if (items.length > max) {
    return t('card.checkIn.error.tooManyLines', { field, max, count: items.length });
  }
  const long = items.findIndex((item) => item.length > CHECK_IN_CARD_LIMITS.line);
  if (long >= 0) {
    return t('card.checkIn.error.lineTooLong', { field, line: long + 1, max: CHECK_IN_CARD_LIMITS.line });
  }
  return undefined;
}

/**
 * Validates what the card sent (its action data merged with its inputs; untrusted). Every problem is
 * reported against its input id, worded (in the member's language) to name the field; inputs for unknown
 * tasks or questions are ignored.
 */
export function parseCheckInAnswer(
  data: Record<string, unknown>,
  locale: SupportedLocale,
  context: CheckInInputContext,
): ParsedCheckInAnswer {
  const t = checkInText(locale);
  const form = formOf(data, context);
  const errors: CheckInFieldErrors = {};
  const shown = decodeShownStatuses(data['shown']);

  const taskStatuses: CheckInAnswer['taskStatuses'] = [];
  for (const [taskId, task] of context.tasks) {
    const raw = data[taskFieldId(taskId)];
    if (raw === undefined) continue;
    const status = StatusSchema.safeParse(raw);
    if (!status.success) {
      errors[taskFieldId(taskId)] = t('card.checkIn.error.status', { task: task.title });
      continue;
    }
    taskStatuses.push({ taskId, status: status.data, changed: shown.get(taskId) !== status.data });
  }

  const blockers = lines(form.blockers);
  const blockersProblem = listProblem(t, t('card.checkIn.blockers'), blockers, CHECK_IN_CARD_LIMITS.blockers);
  if (blockersProblem) errors[CHECK_IN_FIELDS.blockers] = blockersProblem;

  const wins = lines(form.wins);
  const winsProblem = listProblem(t, t('card.checkIn.wins'), wins, CHECK_IN_CARD_LIMITS.wins);
  if (winsProblem) errors[CHECK_IN_FIELDS.wins] = winsProblem;

  const confidence = ConfidenceSchema.safeParse(form.confidence);
  if (!confidence.success) {
    errors[CHECK_IN_FIELDS.confidence] = form.confidence
      ? t('card.checkIn.error.confidenceNotChoice', { value: form.confidence })
      : t('card.checkIn.error.confidenceMissing');
  }

  if (form.helpFrom && !context.teammateIds.has(form.helpFrom.toLowerCase())) {
    errors[CHECK_IN_FIELDS.helpFrom] = t('card.checkIn.error.helpFrom');
  }
  const helpNote = form.helpNote.trim();
  if (helpNote.length > CHECK_IN_CARD_LIMITS.helpNote) {
    errors[CHECK_IN_FIELDS.helpNote] = t('card.checkIn.error.helpNoteTooLong', {
      max: CHECK_IN_CARD_LIMITS.helpNote,
      count: helpNote.length,
    });
  }

  const answers = context.questionIds.map((questionId) => ({
    questionId,
    answer: (form.answers[questionId] ?? '').trim(),
  }));
  for (const { questionId, answer } of answers) {
    if (answer.length > CHECK_IN_CARD_LIMITS.answer) {
      errors[questionFieldId(questionId)] = t('card.checkIn.error.answerTooLong', {
        max: CHECK_IN_CARD_LIMITS.answer,
        count: answer.length,
      });
    }
  }

  if (Object.keys(errors).length > 0 || !confidence.success) return { ok: false, errors, form };
  return {
    ok: true,
    form,
    answer: {
      taskStatuses,
      blockers,
      wins,
      confidence: Number(confidence.data),
      ...(form.helpFrom ? { helpFrom: form.helpFrom.toLowerCase() } : {}),
      helpNote,
      answers: answers.filter((answer) => answer.answer.length > 0),
    },
  };
}
