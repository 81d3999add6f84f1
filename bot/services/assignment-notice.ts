import { assignmentCard } from '../../shared/cards/assignment-card.ts';
import { assignmentText } from '../../shared/cards/i18n/assignment-text.ts';
import type { Task } from '../../shared/domain/task.ts';
import { localeFor } from '../../shared/rules/locale-for.ts';
import { deliverToMember } from './deliver-to-member.ts';
import type { ServiceContext } from './service-context.ts';

/** Whether a write hands the task to someone new, other than the person writing it. */
export function isNewAssignment(
  before: Pick<Task, 'assigneeId'> | undefined,
  after: Task,
  actorId: string,
): boolean {
  return (
    after.assigneeId !== undefined && after.assigneeId !== actorId && after.assigneeId !== before?.assigneeId
  );
}

/**
 * Tells the new assignee of a task, 1:1 in Teams, when someone else assigned it to them (`before` is the
 * task as it was, undefined for a new one).
 *
 * Fire-and-forget, deliberately not awaited by the API: the write is done and answered at once, and
 * Teams' latency (a 1:1 chat to open, then a post: two round trips that may be slow or throttled)
 * never reaches the person saving the task, nor can a refused delivery fail the save: failures are
 * logged. At most once: deliverToMember claims an idempotency marker for this assignment (task, the
 * write's `updatedAt`, assignee) before sending, so a second process or a repeated call for the same write
 * never sends again. The price is at most once rather than at least once: a crash between the claim
 * and the send loses that notice, which the board still shows. Whether a notice is due at all is
 * decided synchronously, so a write that assigns nobody new starts nothing.
 */
export function noticeAssignment(ctx: ServiceContext, before: Task | undefined, after: Task): void {
  if (!isNewAssignment(before, after, ctx.access.userId)) return;
  const where = { teamId: after.teamId, taskId: after.id };
  // deliverToMember logs a refused send itself; what lands here is a storage failure around it.
  sendNotice(ctx, after).catch((error: unknown) => {
    ctx.logger.warn({ ...where, err: error }, 'assignment notice failed');
  });
}

async function sendNotice(ctx: ServiceContext, task: Task): Promise<void> {
  const { scope, team, member: assigner } = ctx.access;
  const where = { teamId: task.teamId, taskId: task.id };
  if (task.assigneeId === undefined) return;
  const [assignee, goal] = await Promise.all([
    ctx.repos.members.get(scope, task.assigneeId),
    task.goalId ? ctx.repos.goals.get(scope, task.goalId) : undefined,
  ]);
  if (!assignee) return;
  // The assignee did not ask for this card: their language as last seen, else the team's.
  const locale = localeFor(assignee.value, team);
  const card = assignmentCard({
    teamName: team.name,
    assignerName: assigner.name,
    task,
    goalTitle: goal?.value.statement,
    taskUrl: ctx.links.to(team, { kind: 'task', taskId: task.id }),
    locale,
  });
  const summary = assignmentText(locale)('card.assignment.summary', { assigner: assigner.name });
  const outcome = await deliverToMember(
    ctx,
    // One notice per assignment: the write's `updatedAt` tells a re-assignment from a repeated call.
    { operation: 'assignmentNotice', key: `${task.id}|${task.updatedAt}`, recipient: assignee.value },
    { kind: 'card', card, summary },
  );
  ctx.logger.debug({ ...where, outcome }, 'assignment notice');
}
