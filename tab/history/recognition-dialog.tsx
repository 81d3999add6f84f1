import {
  Avatar,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
  Textarea,
  makeStyles,
  tokens,
  type TagPickerProps,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { CreateRecognitionResponse } from '../../shared/api/recognition-requests.ts';
import { recognitionValues } from '../../shared/domain/default-values.ts';
import { LIMITS } from '../../shared/domain/limits.ts';
import { ApiError } from '../api/api-error.ts';
import { useHistoryT } from '../i18n/en-US/history.ts';
import { useShellT } from '../i18n/en-US/shell.ts';
import { describeApiProblem } from '../shell/describe-api-problem.ts';
import { useTeamData } from '../shell/team-data.ts';
import {
  MAX_RECIPIENTS,
  draftFieldOf,
  isComplete,
  toRequest,
  type RecognitionDraft,
  type RecognitionDraftField,
} from './recognition-draft.ts';
import { randomId } from '../format/random-id.ts';

const NO_MATCH = 'no-match';

const useStyles = makeStyles({
  // The content scrolls: its parts keep their height instead of squeezing into each other.
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    '& > *': { flexShrink: 0 },
  },
  // A long task title or name must not widen the dialog past a phone's width.
  fit: { minWidth: 0, maxWidth: '100%' },
  // Rendered inline, the list must still cover the fields below it.
  list: { zIndex: 1 },
  values: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))' },
});

/**
 * Recognition of 1–20 teammates for a team value, posted in the team's channel. One idempotency key per
 * opened dialog: a double click or a retry of the same recognition is answered, not posted twice.
 */
export function RecognitionDialog({
  defaultRecipientId,
  onClose,
  onSent,
}: {
  defaultRecipientId?: string;
  onClose(): void;
  onSent(result: CreateRecognitionResponse): void;
}) {
  const styles = useStyles();
  const t = useHistoryT();
  const shellT = useShellT();
  const { api, board } = useTeamData();
  const people = board.members
    .filter((m) => m.userId !== board.me.userId && m.active)
    .sort((a, b) => a.name.localeCompare(b.name));
  const names = new Map(people.map((m) => [m.userId, m.name]));
  const values = recognitionValues(board.team.settings);
  const [idempotencyKey] = useState(randomId);
  const [draft, setDraft] = useState<RecognitionDraft>(() => ({
    recipientIds: defaultRecipientId && names.has(defaultRecipientId) ? [defaultRecipientId] : [],
    valueId: '',
    message: '',
    link: '',
  }));
  const [query, setQuery] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<{ message: string; field?: RecognitionDraftField }>();

  const change = <K extends RecognitionDraftField>(key: K, value: RecognitionDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    if (error?.field === key) setError(undefined);
  };
  const errorFor = (field: RecognitionDraftField) => (error?.field === field ? error.message : undefined);

  const onPick: TagPickerProps['onOptionSelect'] = (_, data) => {
    if (data.value === NO_MATCH) return;
    change('recipientIds', data.selectedOptions.slice(0, MAX_RECIPIENTS));
    setQuery('');
  };
  const matching = people.filter(
    (m) =>
      !draft.recipientIds.includes(m.userId) && m.name.toLowerCase().includes(query.trim().toLowerCase()),
  );
  const full = draft.recipientIds.length >= MAX_RECIPIENTS;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isComplete(draft) || sending) return;
    setSending(true);
    setError(undefined);
    try {
      onSent(await api.giveRecognition(toRequest(draft), idempotencyKey));
    } catch (failure) {
      setError({
        message: describeApiProblem(failure, shellT, t('history.recognitionDialog.failed')),
        field: failure instanceof ApiError ? draftFieldOf(failure.field) : undefined,
      });
      setSending(false);
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface data-testid="recognition-dialog" aria-label={t('history.recognitionDialog.title')}>
        {/* Not the browser's validation: the picker's text box is empty once people are picked. */}
        <form noValidate onSubmit={(event) => void submit(event)}>
          <DialogBody>
            <DialogTitle>{t('history.recognitionDialog.title')}</DialogTitle>
            <DialogContent className={styles.form}>
              <Caption1>{t('history.recognitionDialog.intro')}</Caption1>
              {error && (
                <MessageBar intent="error" data-testid="recognition-error">
                  <MessageBarBody>{error.message}</MessageBarBody>
                </MessageBar>
              )}
              <Field
                label={t('history.recognitionDialog.who')}
                required
                className={styles.fit}
                validationState={errorFor('recipientIds') ? 'error' : 'none'}
                validationMessage={
                  errorFor('recipientIds') ??
                  (full ? t('history.recognitionDialog.tooMany', { count: MAX_RECIPIENTS }) : undefined)
                }
              >
                {/* Inline: a list portalled out of the modal dialog left the frame unpainted in Chromium. */}
                <TagPicker
                  inline
                  selectedOptions={draft.recipientIds}
                  onOptionSelect={onPick}
                  disabled={people.length === 0}
                >
                  <TagPickerControl data-testid="recognition-people">
                    <TagPickerGroup aria-label={t('history.recognitionDialog.picked')}>
                      {draft.recipientIds.map((userId) => (
                        <Tag
                          key={userId}
                          value={userId}
                          shape="rounded"
                          media={<Avatar aria-hidden name={names.get(userId)} color="colorful" />}
                        >
                          {names.get(userId) ?? t('history.screen.formerMember')}
                        </Tag>
                      ))}
                    </TagPickerGroup>
                    <TagPickerInput
                      data-testid="recognition-people-input"
                      aria-label={t('history.recognitionDialog.addPeople')}
                      placeholder={
                        draft.recipientIds.length === 0 ? t('history.recognitionDialog.typeName') : undefined
                      }
                      value={query}
                      onChange={(event) => setQuery(event.target.value)}
                    />
                  </TagPickerControl>
                  <TagPickerList className={styles.list}>
                    {full ? (
                      <TagPickerOption value={NO_MATCH}>
                        {t('history.recognitionDialog.full', { count: MAX_RECIPIENTS })}
                      </TagPickerOption>
                    ) : matching.length > 0 ? (
                      matching.map((m) => (
                        <TagPickerOption
                          key={m.userId}
                          value={m.userId}
                          media={<Avatar aria-hidden name={m.name} color="colorful" />}
                        >
                          {m.name}
                        </TagPickerOption>
                      ))
                    ) : (
                      <TagPickerOption value={NO_MATCH}>
                        {t('history.recognitionDialog.noMatch')}
                      </TagPickerOption>
                    )}
                  </TagPickerList>
                </TagPicker>
              </Field>
              <Field
                label={t('history.recognitionDialog.value')}
                required
                validationState={errorFor('valueId') ? 'error' : 'none'}
                validationMessage={errorFor('valueId')}
              >
                <RadioGroup
                  className={styles.values}
                  data-testid="recognition-value"
                  value={draft.valueId}
                  onChange={(_, data) => change('valueId', data.value)}
                >
                  {values.map((value) => (
                    <Radio key={value.id} value={value.id} label={`${value.emoji} ${value.name}`} />
                  ))}
                </RadioGroup>
              </Field>
              <Field
                label={t('history.recognitionDialog.message')}
                required
                hint={errorFor('message') ? undefined : t('history.recognitionDialog.messageHint')}
                validationState={errorFor('message') ? 'error' : 'none'}
                validationMessage={errorFor('message')}
              >
                <Textarea
                  data-testid="recognition-message"
                  value={draft.message}
                  maxLength={LIMITS.longText}
                  resize="vertical"
                  onChange={(_, data) => change('message', data.value)}
                />
              </Field>
              <Field
                label={t('history.recognitionDialog.link')}
                className={styles.fit}
                validationState={errorFor('link') ? 'error' : 'none'}
                validationMessage={errorFor('link')}
              >
                <Select
                  className={styles.fit}
                  data-testid="recognition-link"
                  value={draft.link}
                  onChange={(_, data) => change('link', data.value)}
                >
                  <option value="">{t('history.link.none')}</option>
                  <optgroup label={t('history.link.goals')}>
                    {board.goals
                      .filter((g) => g.status !== 'archived')
                      .map((g) => (
                        <option key={g.id} value={`goal:${g.id}`}>
                          {g.statement}
                        </option>
                      ))}
                  </optgroup>
                  <optgroup label={t('history.link.tasks')}>
                    {board.tasks.map((t) => (
                      <option key={t.id} value={`task:${t.id}`}>
                        {t.title}
                      </option>
                    ))}
                  </optgroup>
                </Select>
              </Field>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                type="submit"
                data-testid="send-recognition"
                disabled={sending || !isComplete(draft)}
              >
                {sending ? t('history.recognitionDialog.posting') : t('history.recognitionDialog.post')}
              </Button>
              <Button onClick={onClose}>{t('history.dialog.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
