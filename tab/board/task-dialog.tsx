import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState, type FormEvent } from 'react';
import type { BoardResponse } from '../../shared/api/board.ts';
import type { CreateTaskRequest, UpdateTaskRequest } from '../../shared/api/task-requests.ts';
import type { VersionedTask } from '../api/api-client.ts';
import { useBoardT } from '../i18n/en-US/board.ts';
import { AssigneeSuggestions } from './assignee-suggestions.tsx';
import { RequestReviewButton, canRequestReview } from './request-review-button.tsx';
import {
  createRequest,
  formFieldOf,
  formOf,
  parseTags,
  updateRequest,
  validate,
  type TaskForm,
  type TaskFormErrors,
} from './task-form.ts';
import type { SaveOutcome } from './task-write-outcome.ts';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // A native select is as wide as its longest option (a goal statement) unless told to shrink.
  field: { gridTemplateColumns: 'minmax(0, 1fr)' },
  control: { minWidth: 0, maxWidth: '100%' },
  formError: { color: tokens.colorPaletteRedForeground1 },
});

interface TaskDialogProps {
  board: BoardResponse;
  /** The task to edit; none for a new task. */
  task: VersionedTask | undefined;
  today: string;
  onCreate(request: CreateTaskRequest): Promise<SaveOutcome>;
  onUpdate(task: VersionedTask, changes: UpdateTaskRequest): Promise<SaveOutcome>;
  onClose(): void;
}

/** Create or edit a task. Input errors stay in the dialog, on the field they name. */
export function TaskDialog({ board, task, today, onCreate, onUpdate, onClose }: TaskDialogProps) {
  const styles = useStyles();
  const t = useBoardT();
  const [form, setForm] = useState<TaskForm>(() => formOf(task));
  const [errors, setErrors] = useState<TaskFormErrors>({});
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const tags = useMemo(() => parseTags(form.tags), [form.tags]);
  const set = (field: keyof TaskForm) => (value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = validate(form, t);
    setErrors(invalid);
    if (Object.keys(invalid).length > 0) return;
    setSaving(true);
    const outcome = task
      ? await onUpdate(task, updateRequest(task, form))
      : await onCreate(createRequest(form));
    setSaving(false);
    if (outcome.kind !== 'invalid') return onClose();
    const field = formFieldOf(outcome.field);
    if (field) setErrors({ [field]: outcome.message });
    else setFormError(outcome.message);
  };

  const title = t(task ? 'board.dialog.editTitle' : 'board.dialog.newTitle');
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface aria-label={title} data-testid="task-dialog">
        <form onSubmit={(event) => void submit(event)} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.form}>
              <Field label={t('board.dialog.title')} required validationMessage={errors.title}>
                <Input
                  value={form.title}
                  onChange={(_, d) => set('title')(d.value)}
                  data-testid="task-title"
                  autoFocus
                />
              </Field>
              <Field label={t('board.dialog.description')} validationMessage={errors.description}>
                <Textarea
                  value={form.description}
                  onChange={(_, d) => set('description')(d.value)}
                  data-testid="task-description"
                  resize="vertical"
                />
              </Field>
              <Field label={t('board.dialog.goal')} validationMessage={errors.goalId}>
                <Select
                  value={form.goalId}
                  onChange={(_, d) => set('goalId')(d.value)}
                  data-testid="task-goal"
                >
                  <option value="">{t('board.dialog.noGoal')}</option>
                  {board.goals.map((goal) => (
                    <option key={goal.id} value={goal.id}>
                      {goal.statement}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field
                label={t('board.dialog.tags')}
                hint={t('board.dialog.tagsHint')}
                validationMessage={errors.tags}
              >
                <Input value={form.tags} onChange={(_, d) => set('tags')(d.value)} data-testid="task-tags" />
              </Field>
              <Field label={t('board.dialog.assignee')} validationMessage={errors.assigneeId}>
                <Select
                  value={form.assigneeId}
                  onChange={(_, d) => set('assigneeId')(d.value)}
                  data-testid="task-assignee"
                >
                  <option value="">{t('board.dialog.unassigned')}</option>
                  {board.members
                    .filter((m) => m.active !== false || m.userId === form.assigneeId)
                    .map((member) => (
                      <option key={member.userId} value={member.userId}>
                        {member.name}
                      </option>
                    ))}
                </Select>
              </Field>
              <AssigneeSuggestions
                board={board}
                tags={tags}
                today={today}
                selected={form.assigneeId}
                onPick={set('assigneeId')}
              />
              <Field label={t('board.dialog.due')} validationMessage={errors.dueDate}>
                <Input
                  type="date"
                  value={form.dueDate}
                  onChange={(_, d) => set('dueDate')(d.value)}
                  data-testid="task-due"
                />
              </Field>
              {formError && (
                <p role="alert" className={styles.formError}>
                  {formError}
                </p>
              )}
            </DialogContent>
            {task && canRequestReview(board, task) && (
              <DialogActions position="start">
                <RequestReviewButton board={board} task={task} />
              </DialogActions>
            )}
            <DialogActions>
              <Button appearance="secondary" onClick={onClose}>
                {t('board.dialog.cancel')}
              </Button>
              <Button appearance="primary" type="submit" disabled={saving} data-testid="task-save">
                {t(task ? 'board.dialog.save' : 'board.dialog.create')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
