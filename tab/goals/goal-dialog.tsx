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
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState, type FormEvent } from 'react';
import { smartCheck } from '../../shared/rules/smart-check.ts';
import type { VersionedGoal } from '../api/api-client.ts';
import { useGoalsT } from '../i18n/en-US/goals.ts';
import { useShellT } from '../i18n/en-US/shell.ts';
import { useTeamData } from '../shell/team-data.ts';
import {
  createRequest,
  draftFromGoal,
  draftMeasure,
  emptyDraft,
  smartDraft,
  updateRequest,
  type GoalDraft,
} from './goal-draft.ts';
import { GoalConflict } from './goal-conflict.tsx';
import { conflictGoal, describeGoalError } from './goal-errors.ts';
import { GoalMeasureFields } from './goal-measure-fields.tsx';
import { SmartCheckPanel } from './smart-check-panel.tsx';

const useStyles = makeStyles({
  // The content scrolls: its parts keep their height instead of squeezing into each other.
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    '& > *': { flexShrink: 0 },
  },
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 180px), 1fr))',
    gap: tokens.spacingHorizontalM,
  },
});

/** Creates a goal, or edits `goal`; the SMART check follows every keystroke. */
export function GoalDialog({
  goal,
  onClose,
  onSaved,
  onFresh,
}: {
  goal?: VersionedGoal;
  onClose(): void;
  onSaved(goal: VersionedGoal): void;
  /** A 412 brought a newer stored version. */
  onFresh(goal: VersionedGoal): void;
}) {
  const styles = useStyles();
  const t = useGoalsT();
  const shellT = useShellT();
  const { api, board } = useTeamData();
  const [draft, setDraft] = useState<GoalDraft>(() =>
    goal ? draftFromGoal(goal) : emptyDraft(board.me.userId),
  );
  const [etag, setEtag] = useState(goal?.etag);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState<VersionedGoal>();
  const result = useMemo(() => smartCheck(smartDraft(draft)), [draft]);
  const measure = draftMeasure(draft);
  const measureError = measure === 'incomplete' ? t('goals.dialog.measureIncomplete') : undefined;

  const change = (key: keyof GoalDraft, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (measure === 'incomplete' || draft.statement.trim() === '') return;
    setSaving(true);
    setError(undefined);
    try {
      const saved =
        goal && etag
          ? await api.updateGoal(goal.id, etag, updateRequest(draft, measure))
          : await api.createGoal(createRequest(draft, measure));
      onSaved(saved);
    } catch (failure) {
      const current = conflictGoal(failure);
      if (current) {
        setConflict(current);
        onFresh(current);
      } else {
        setError(describeGoalError(failure, t, shellT));
      }
    } finally {
      setSaving(false);
    }
  };

  const useTheirs = () => {
    if (!conflict) return;
    setDraft(draftFromGoal(conflict));
    setEtag(conflict.etag);
    setConflict(undefined);
  };

  const title = goal ? t('goals.dialog.editTitle') : t('goals.dialog.newTitle');

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface data-testid="goal-dialog" aria-label={title}>
        <form onSubmit={(event) => void submit(event)}>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.form}>
              {conflict && (
                <GoalConflict
                  current={conflict}
                  actionLabel={t('goals.dialog.loadTheirs')}
                  onAction={useTheirs}
                />
              )}
              {error && (
                <MessageBar intent="error">
                  <MessageBarBody>{error}</MessageBarBody>
                </MessageBar>
              )}
              <Field label={t('goals.dialog.statement')} required hint={t('goals.dialog.statementHint')}>
                <Textarea
                  data-testid="goal-statement"
                  value={draft.statement}
                  resize="vertical"
                  onChange={(_, data) => change('statement', data.value)}
                />
              </Field>
              <SmartCheckPanel result={result} onUseSuggestion={(text) => change('statement', text)} />
              <div className={styles.row}>
                <Field label={t('goals.dialog.owner')}>
                  <Select value={draft.ownerId} onChange={(_, data) => change('ownerId', data.value)}>
                    {board.members.map((m) => (
                      <option key={m.userId} value={m.userId}>
                        {m.name}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label={t('goals.dialog.dueDate')}>
                  <Input
                    type="date"
                    value={draft.dueDate}
                    onChange={(_, data) => change('dueDate', data.value)}
                  />
                </Field>
              </div>
              <GoalMeasureFields draft={draft} error={measureError} onChange={change} />
              <Field label={t('goals.dialog.description')}>
                <Textarea
                  value={draft.description}
                  onChange={(_, data) => change('description', data.value)}
                />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                type="submit"
                disabled={saving || draft.statement.trim() === '' || measure === 'incomplete'}
              >
                {saving ? t('goals.dialog.saving') : t('goals.dialog.save')}
              </Button>
              <Button onClick={onClose}>{t('goals.dialog.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
