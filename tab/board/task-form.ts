import type { CreateTaskRequest, UpdateTaskRequest } from '../../shared/api/task-requests.ts';
import type { VersionedTask } from '../api/api-client.ts';
import type { BoardT } from '../i18n/en-US/board.ts';

/** The dialog's fields as typed, all strings. */
export interface TaskForm {
  title: string;
  description: string;
  goalId: string;
  assigneeId: string;
  dueDate: string;
  tags: string;
}

export type TaskFormField = keyof TaskForm;
export type TaskFormErrors = Partial<Record<TaskFormField, string>>;

const FIELDS: readonly TaskFormField[] = ['title', 'description', 'goalId', 'assigneeId', 'dueDate', 'tags'];

export function formOf(task: VersionedTask | undefined): TaskForm {
  return {
    title: task?.title ?? '',
    description: task?.description ?? '',
    goalId: task?.goalId ?? '',
    assigneeId: task?.assigneeId ?? '',
    dueDate: task?.dueDate ?? '',
    tags: task?.tags.join(', ') ?? '',
  };
}

export function parseTags(tags: string): string[] {
  return [
    ...new Set(
      tags
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

/** The API names fields by path (`tags.3`): the dialog shows the message on the field it belongs to. */
export function formFieldOf(apiField: string | undefined): TaskFormField | undefined {
  const head = apiField?.split('.')[0];
  return FIELDS.find((field) => field === head);
}

export function validate(form: TaskForm, t: BoardT): TaskFormErrors {
  return form.title.trim() ? {} : { title: t('board.dialog.titleRequired') };
}

export function createRequest(form: TaskForm): CreateTaskRequest {
  const tags = parseTags(form.tags);
  return {
    title: form.title.trim(),
    ...(form.description.trim() && { description: form.description.trim() }),
    ...(form.goalId && { goalId: form.goalId }),
    ...(form.assigneeId && { assigneeId: form.assigneeId }),
    ...(form.dueDate && { dueDate: form.dueDate }),
    ...(tags.length > 0 && { tags }),
  };
}

/** Only what changed, so a save never rewrites fields someone else may have changed meanwhile. */
export function updateRequest(task: VersionedTask, form: TaskForm): UpdateTaskRequest {
  const before = formOf(task);
  const changes: UpdateTaskRequest = {};
  if (form.title.trim() !== before.title) changes.title = form.title.trim();
  if (form.description.trim() !== before.description) changes.description = form.description.trim();
  if (form.goalId !== before.goalId) changes.goalId = form.goalId || null;
  if (form.assigneeId !== before.assigneeId) changes.assigneeId = form.assigneeId || null;
  if (form.dueDate !== before.dueDate) changes.dueDate = form.dueDate || null;
  if (parseTags(form.tags).join(',') !== task.tags.join(',')) changes.tags = parseTags(form.tags);
  return changes;
}
