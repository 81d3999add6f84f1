import { z } from 'zod';
import { CreateReviewRequestSchema } from '../../../shared/api/review-requests.ts';
import { reviewPickerCard } from '../../../shared/cards/review-picker-card.ts';
import { reviewRequestedCard } from '../../../shared/cards/review-requested-card.ts';
import { EntityIdSchema, newEntityId } from '../../../shared/domain/ids.ts';
import type { Task } from '../../../shared/domain/task.ts';
import { mayRequestReview, requestReview } from '../../services/review-service.ts';
import type { ServiceContext } from '../../services/service-context.ts';
import { FieldError, ForbiddenError, StateConflictError } from '../../services/service-errors.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { CardActionInput, CardActionResult } from '../card-action.ts';
import { describeProblem, inputText, problemsByInput } from '../feedback/card-form.ts';
import { replyAsCardResult } from '../reply-as-card-result.ts';
import { resolveTeam } from '../team-choice.ts';

/** `{teamId, taskId}` from a card listing the task; the picker adds `draftId` and its inputs. */
const RequestData = z.object({
  teamId: z.string().max(256),
  taskId: EntityIdSchema,
  draftId: EntityIdSchema.optional(),
});

const LABELS: Record<string, string> = { reviewerId: 'The reviewer', note: 'The note' };

/**
 * `reviewRequest`: without a draft id (a "Request a review" button on a done task) answers the reviewer
 * picker; from the picker, makes the request (keyed by the draft id, so a double press asks once) and
 * sends the reviewer their card 1:1.
 */
export async function requestReviewAction(deps: BotDeps, input: CardActionInput): Promise<CardActionResult> {
  const parsed = RequestData.safeParse(input.data);
  if (!parsed.success)
    return { kind: 'message', text: 'This card is out of date. Type tasks to start again.' };
  const { teamId, taskId, draftId } = parsed.data;
  const resolved = await resolveTeam(deps, input.actor, 'tasks', teamId);
  if (resolved.kind === 'reply') return replyAsCardResult(resolved.reply);
  const ctx: ServiceContext = { ...deps, access: resolved.access };
  const task = (await deps.repos.tasks.get(ctx.access.scope, taskId))?.value;
  if (!task) return { kind: 'message', text: 'This task no longer exists.' };
  if (!mayRequestReview(ctx, task)) {
    return { kind: 'message', text: 'Only the task’s assignee or a leader can ask for a review of it.' };
  }
  if (task.status !== 'done') {
    return {
      kind: 'message',
      text: `“${task.title}” is not done yet: ask for a review once it is finished.`,
    };
  }
  const values = { reviewerId: inputText(input.data, 'reviewerId'), note: inputText(input.data, 'note') };
  const picker = async (errors: Record<string, string> = {}) =>
    pickerCard(ctx, task, draftId ?? newEntityId(), draftId ? values : {}, errors);
  if (!draftId) return picker();

  const command = CreateReviewRequestSchema.safeParse(values);
  if (!command.success) {
    const errors = problemsByInput(command.error, LABELS);
    if (errors['reviewerId']) errors['reviewerId'] = 'Choose who should review it.';
    return picker(errors);
  }
  try {
    const made = await requestReview(ctx, taskId, command.data, draftId, {
      fallbackServiceUrl: input.actor.serviceUrl,
    });
    const reviewer = await deps.repos.members.get(ctx.access.scope, made.review.value.reviewerId);
    const card = reviewRequestedCard({
      reviewerName: reviewer?.value.name ?? 'your teammate',
      taskTitle: task.title,
      outcome: made.delivery,
      taskUrl: deps.links.to(ctx.access.team, { kind: 'task', taskId }),
    });
    return { kind: 'card', card };
  } catch (error) {
    if (error instanceof FieldError) {
      const id = error.field.split('.')[0] ?? error.field;
      return picker({ [id]: describeProblem(LABELS[id] ?? 'This field', error.problem) });
    }
    if (error instanceof ForbiddenError || error instanceof StateConflictError) {
      return { kind: 'message', text: error.message };
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
  });
  return { kind: 'card', card };
}
