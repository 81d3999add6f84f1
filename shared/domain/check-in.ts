import { z } from 'zod';
import { EntityIdSchema, TeamIdSchema, TenantIdSchema, UserIdSchema } from './ids.ts';
import { LIMITS } from './limits.ts';
import { optionalText, requiredText } from './text.ts';
import { TaskStatusSchema } from './task.ts';
import { IsoDateTimeSchema } from './time.ts';
import { WeekKeySchema } from './week-key.ts';

export const TaskUpdateSchema = z.object({
  taskId: EntityIdSchema,
  status: TaskStatusSchema,
  note: optionalText(LIMITS.shortText),
});

export const BlockerSchema = z.object({
  text: requiredText(LIMITS.shortText),
  taskId: EntityIdSchema.optional(),
});

export const QuestionAnswerSchema = z.object({
  questionId: EntityIdSchema,
  answer: optionalText(LIMITS.longText),
});

export const ConfidenceSchema = z.number().int().min(1).max(5);

/** One member's answer for one week. A second submit edits it until the window closes. */
export const CheckInSchema = z.object({
  tenantId: TenantIdSchema,
  teamId: TeamIdSchema,
  userId: UserIdSchema,
  week: WeekKeySchema,
  taskUpdates: z
    .array(TaskUpdateSchema)
    .max(LIMITS.taskUpdatesPerCheckIn)
    .refine((updates) => new Set(updates.map((u) => u.taskId)).size === updates.length, 'lists a task twice')
    .default([]),
  blockers: z.array(BlockerSchema).max(LIMITS.blockersPerCheckIn).default([]),
  wins: z.array(requiredText(LIMITS.shortText)).max(LIMITS.winsPerCheckIn).default([]),
  confidence: ConfidenceSchema,
  helpFrom: UserIdSchema.optional(),
  helpNote: optionalText(LIMITS.shortText),
  answers: z.array(QuestionAnswerSchema).max(LIMITS.questionsPerTeam).default([]),
  submittedAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});

export type TaskUpdate = z.infer<typeof TaskUpdateSchema>;
export type Blocker = z.infer<typeof BlockerSchema>;
export type QuestionAnswer = z.infer<typeof QuestionAnswerSchema>;
export type CheckIn = z.infer<typeof CheckInSchema>;

/** Merges task updates by task id, later ones winning: two devices editing different tasks both count. */
export function mergeTaskUpdates(current: TaskUpdate[], incoming: TaskUpdate[]): TaskUpdate[] {
  const byTask = new Map(current.map((update) => [update.taskId, update]));
  for (const update of incoming) byTask.set(update.taskId, update);
  return [...byTask.values()];
}

/**
 * Who may see a member's check-ins: the member and the team's leaders. Peers see none, so a check-in is an
 * honest note to one's leader rather than a status report to everyone (no peer surveillance). The API
 * enforces this; the UI only follows it.
 */
export function canSeeCheckIns(memberId: string, viewerId: string, viewerIsLeader: boolean): boolean {
  return viewerIsLeader || viewerId === memberId;
}
