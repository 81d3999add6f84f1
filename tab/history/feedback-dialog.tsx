import {
  Button,
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
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useContext, useMemo, useState, type FormEvent } from 'react';
import type { Feedback } from '../../shared/domain/feedback.ts';
import { LIMITS } from '../../shared/domain/limits.ts';
import { checkSpecificity, type FeedbackField } from '../../shared/rules/specificity.ts';
import { ApiError } from '../api/api-error.ts';
import { useHistoryT } from '../i18n/en-US/history.ts';
import { I18nContext } from '../i18n/i18n.tsx';
import { useTeamData } from '../shell/team-data.ts';
import { FEEDBACK_FIELDS, isComplete, toRequest, type FeedbackDraft } from './feedback-draft.ts';
import { specificityHint } from './specificity-hint.ts';
import { SpecificityNudge } from './specificity-nudge.tsx';
import { randomId } from '../format/random-id.ts';

const useStyles = makeStyles({
  // The content scrolls: its parts keep their height instead of squeezing into each other.
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    '& > *': { flexShrink: 0 },
  },
  // A long task title must not widen the dialog past a phone's width.
  fit: { minWidth: 0, maxWidth: '100%' },
});

/** Feedback as situation, behaviour and impact, with the specificity nudge before it goes out. */
export function FeedbackDialog({
  defaultRecipientId,
  onClose,
  onSent,
}: {
  defaultRecipientId?: string;
  onClose(): void;
  onSent(feedback: Feedback): void;
}) {
  const styles = useStyles();
  const t = useHistoryT();
  const { api, board } = useTeamData();
  const others = board.members.filter((m) => m.userId !== board.me.userId && m.active);
  // One key per opened dialog: a double click or a retry of this same feedback is answered, not repeated.
  const [idempotencyKey] = useState(randomId);
  const [draft, setDraft] = useState<FeedbackDraft>(() => ({
    recipientId: defaultRecipientId ?? others[0]?.userId ?? '',
    situation: '',
    behaviour: '',
    impact: '',
    link: '',
    visibility: 'private',
  }));
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<{ message: string; field?: string }>();
  // The tab's language is the best guess of the language the feedback is written in.
  const { locale } = useContext(I18nContext);
  const result = useMemo(() => checkSpecificity(draft, { locale }), [draft, locale]);
  const typed = FEEDBACK_FIELDS.some(({ field }) => draft[field].trim() !== '');
  const hintsFor = (field: FeedbackField) =>
    result.issues.filter((issue) => issue.field === field).map((issue) => specificityHint(issue, t));

  const change = <K extends keyof FeedbackDraft>(key: K, value: FeedbackDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setConfirming(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isComplete(draft) || sending) return;
    if (!result.specific && !confirming) {
      setConfirming(true);
      return;
    }
    setSending(true);
    setError(undefined);
    try {
      const { feedback } = await api.giveFeedback(toRequest(draft), idempotencyKey);
      onSent(feedback);
    } catch (failure) {
      setError(
        failure instanceof ApiError
          ? { message: failure.message, field: failure.field }
          : { message: t('history.feedbackDialog.failed') },
      );
      setSending(false);
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface data-testid="feedback-dialog" aria-label={t('history.feedbackDialog.title')}>
        <form onSubmit={(event) => void submit(event)}>
          <DialogBody>
            <DialogTitle>{t('history.feedbackDialog.title')}</DialogTitle>
            <DialogContent className={styles.form}>
              {error && (
                <MessageBar intent="error">
                  <MessageBarBody>{error.message}</MessageBarBody>
                </MessageBar>
              )}
              <Field label={t('history.feedbackDialog.to')} required>
                <Select
                  data-testid="feedback-recipient"
                  value={draft.recipientId}
                  onChange={(_, data) => change('recipientId', data.value)}
                >
                  {others.map((m) => (
                    <option key={m.userId} value={m.userId}>
                      {m.name}
                    </option>
                  ))}
                </Select>
              </Field>
              {FEEDBACK_FIELDS.map(({ field, label, placeholder }) => {
                const hints = typed ? hintsFor(field) : [];
                const serverError = error?.field === field ? error.message : undefined;
                return (
                  <Field
                    key={field}
                    label={t(label)}
                    required
                    validationState={serverError ? 'error' : hints.length > 0 ? 'warning' : 'none'}
                    validationMessage={serverError ?? (hints.length > 0 ? hints.join(' ') : undefined)}
                  >
                    <Textarea
                      data-testid={`feedback-${field}`}
                      value={draft[field]}
                      placeholder={t(placeholder)}
                      maxLength={LIMITS.longText}
                      onChange={(_, data) => change(field, data.value)}
                    />
                  </Field>
                );
              })}
              <Field label={t('history.feedbackDialog.about')} className={styles.fit}>
                <Select
                  className={styles.fit}
                  value={draft.link}
                  onChange={(_, data) => change('link', data.value)}
                >
                  <option value="">{t('history.link.none')}</option>
                  <optgroup label={t('history.link.goals')}>
                    {board.goals.map((g) => (
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
              <Field label={t('history.feedbackDialog.visibility')}>
                <RadioGroup
                  value={draft.visibility}
                  layout="horizontal"
                  onChange={(_, data) => change('visibility', data.value === 'team' ? 'team' : 'private')}
                >
                  <Radio value="private" label={t('history.feedbackDialog.private')} />
                  <Radio value="team" label={t('history.feedbackDialog.team')} />
                </RadioGroup>
              </Field>
              {typed && <SpecificityNudge result={result} confirming={confirming} />}
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                type="submit"
                data-testid="send-feedback"
                disabled={sending || !isComplete(draft)}
              >
                {sending
                  ? t('history.feedbackDialog.sending')
                  : confirming
                    ? t('history.feedbackDialog.sendAnyway')
                    : t('history.feedbackDialog.send')}
              </Button>
              <Button onClick={onClose}>{t('history.dialog.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
