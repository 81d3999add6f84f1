import { z } from 'zod';
import { CreateReviewRequestSchema } from '../../../shared/api/review-requests.ts';
import { repliesWorkText } from '../../../shared/cards/i18n/replies-work-text.ts';
import { reviewText } from '../../../shared/cards/i18n/review-text.ts';
import { reviewPickerCard } from '../../../shared/cards/review-picker-card.ts';
import { reviewRequestedCard } from '../../../shared/cards/review-requested-card.ts';
import { EntityIdSchema, newEntityId } from '../../../shared/domain/ids.ts';
import type { Task } from '../../../shared/domain/task.ts';
import { pickLocale, type SupportedLocale } from '../../../shared/i18n/locales.ts';
import { mayRequestReview, requestReview } from '../../services/review-service.ts';
import type { ServiceContext } from '../../services/service-context.ts';
import { FieldError, ForbiddenError, StateConflictError } from '../../services/service-errors.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { CardActionInput, CardActionResult } from '../card-action.ts';
import {
  describeProblem,
  inputText,
  localMessage,
  localProblem,
  problemsByInput,
} from '../feedback/card-form.ts';
import { replyAsCardResult } from '../reply-as-card-result.ts';
import { resolveTeam } from '../team-choice.ts';

/** `{teamId, taskId}` from a card listing the task; the picker adds `draftId` and its inputs. */
const RequestData = z.object({
  teamId: z.string().max(256),
  taskId: EntityIdSchema,
  draftId: EntityIdSchema.optional(),
});

/**
 * `reviewRequest`: without a draft id (a "Request a review" button on a done task) answers the reviewer
 * picker; from the picker, makes the request (keyed by the draft id, so a double press asks once) and
 * sends the reviewer their card 1:1.
 */
export async function requestReviewAction(deps: BotDeps, input: CardActionInput): Promise<CardActionResult> {
  const locale = pickLocale(input.actor.locale);
  const t = repliesWorkText(locale);
  const parsed = RequestData.safeParse(input.data);
  if (!parsed.success) return { kind: 'message', text: t('card.repliesWork.review.outOfDate') };
  const { teamId, taskId, draftId } = parsed.data;
  const resolved = await resolveTeam(deps, input.actor, 'tasks', teamId);
  if (resolved.kind === 'reply') return replyAsCardResult(resolved.reply);
  const ctx: ServiceContext = { ...deps, access: resolved.access };
  const task = (await deps.repos.tasks.get(ctx.access.scope, taskId))?.value;
  if (!task) return { kind: 'message', text: t('card.repliesWork.review.taskGone') };
  if (!mayRequestReview(ctx, task)) {
    return { kind: 'message', text: t('card.repliesWork.review.onlyAssignee') };
  }
  if (task.status !== 'done') {
    return { kind: 'message', text: t('card.repliesWork.review.notDone', { task: task.title }) };
  }
  const labels: Record<string, string> = {
    reviewerId: t('card.repliesWork.label.reviewer'),
    note: t('card.repliesWork.label.note'),
  };
  const values = { reviewerId: inputText(input.data, 'reviewerId'), note: inputText(input.data, 'note') };
  const picker = async (errors: Record<string, string> = {}) =>
    pickerCard(ctx, task, draftId ?? newEntityId(), draftId ? values : {}, errors, locale);
  if (!draftId) return picker();

  const command = CreateReviewRequestSchema.safeParse(values);
  if (!command.success) {
    const errors = problemsByInput(command.error, labels, locale);
    if (errors['reviewerId'])
      errors['reviewerId'] = reviewText(locale)('card.review.picker.reviewerRequired');
    return picker(errors);
  }
  try {
    const made = await requestReview(ctx, taskId, command.data, draftId, {
      fallbackServiceUrl: input.actor.serviceUrl,
    });
    const reviewer = await deps.repos.members.get(ctx.access.scope, made.review.value.reviewerId);
    const card = reviewRequestedCard({
      reviewerName: reviewer?.value.name ?? reviewText(locale)('card.review.yourTeammate'),
      taskTitle: task.title,
      outcome: made.delivery,
      taskUrl: deps.links.to(ctx.access.team, { kind: 'task', taskId }),
      locale,
    });
    return { kind: 'card', card };
  } catch (error) {
    if (error instanceof FieldError) {
      const id = error.field.split('.')[0] ?? error.field;
      const label = labels[id] ?? t('card.repliesWork.label.field');
      return picker({ [id]: describeProblem(label, localProblem(locale, error.problem)) });
    }
    if (error instanceof ForbiddenError || error instanceof StateConflictError) {
      return { kind: 'message', text: localMessage(t, error.message) };
    }
    throw error;
  }
}

async function pickerCard(
  ctx: ServiceContext,
  task: Task,
  draftId: string,
  values: { reviewerId?: string; note?: string },
  errors: Record<string, string>,
  locale: SupportedLocale,
): Promise<CardActionResult> {
  const members = await ctx.repos.members.list(ctx.access.scope);
  const teammates = members
    .map((member) => member.value)
    .filter((m) => m.active && m.userId !== ctx.access.userId && m.userId !== task.assigneeId)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((m) => ({ userId: m.userId, name: m.name }));
  const card = reviewPickerCard({
    teamId: ctx.access.scope.teamId,
    taskId: task.id,
    draftId,
    taskTitle: task.title,
    teammates,
    values,
    errors,
    locale,
  });
  return { kind: 'card', card };
}
