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
  MessageBarTitle,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { BoardResponse } from '../../shared/api/board.ts';
import type { DeliveryOutcome } from '../../shared/api/delivery.ts';
import { LIMITS } from '../../shared/domain/limits.ts';
import type { VersionedTask } from '../api/api-client.ts';
import { ApiError } from '../api/api-error.ts';
import { useBoardT } from '../i18n/en-US/board.ts';
import { useShellT } from '../i18n/en-US/shell.ts';
import { describeApiProblem } from '../shell/describe-api-problem.ts';
import { useTeamData } from '../shell/team-data.ts';
import { ReviewRequestsList } from './review-requests-list.tsx';
import { randomId } from '../format/random-id.ts';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    '& > *': { flexShrink: 0 },
  },
  // A long name must not widen the dialog past a phone's width.
  fit: { minWidth: 0, maxWidth: '100%' },
  title: { overflowWrap: 'anywhere' },
});

type Outcome = { delivery: DeliveryOutcome; reviewerName: string };

/** Who may review: active teammates other than me and the task's assignee. */
export function reviewersFor(board: BoardResponse, task: Pick<VersionedTask, 'assigneeId'>) {
  return board.members.filter(
    (m) => m.active && m.userId !== board.me.userId && m.userId !== task.assigneeId,
  );
}

/** "Request review" for a done task: pick a teammate, add a note, send; the reviewer gets a card in Teams. */
export function RequestReviewDialog({ task, onClose }: { task: VersionedTask; onClose(): void }) {
  const styles = useStyles();
  const t = useBoardT();
  const shellT = useShellT();
  const { api, board } = useTeamData();
  const reviewers = reviewersFor(board, task);
  // One key per opened dialog: a double click or a retry asks once.
  const [idempotencyKey] = useState(randomId);
  const [reviewerId, setReviewerId] = useState('');
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<{ message: string; field?: string }>();
  const [outcome, setOutcome] = useState<Outcome>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The form sits in the task dialog's form in React's tree (the surface is portaled, events are not).
    event.stopPropagation();
    if (sending) return;
    if (!reviewerId) {
      setError({ field: 'reviewerId', message: t('board.review.reviewerRequired') });
      return;
    }
    setSending(true);
    setError(undefined);
    try {
      const { delivery } = await api.requestReview(
        task.id,
        { reviewerId, note: note.trim() },
        idempotencyKey,
      );
      const reviewerName =
        board.members.find((m) => m.userId === reviewerId)?.name ?? t('board.review.someone');
      setOutcome({ delivery, reviewerName });
    } catch (failure) {
      setError({
        message: describeApiProblem(failure, shellT, t('board.review.failed')),
        field: failure instanceof ApiError ? failure.field : undefined,
      });
    } finally {
      setSending(false);
    }
  };

  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);
  const formError =
    error && error.field !== 'reviewerId' && error.field !== 'note' ? error.message : undefined;

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface data-testid="review-dialog" aria-label={t('board.review.title')}>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <DialogBody>
            <DialogTitle className={styles.title}>{t('board.review.title')}</DialogTitle>
            <DialogContent className={styles.form}>
              <p className={styles.title}>{t('board.review.intro', { title: task.title })}</p>
              {outcome ? (
                <OutcomeMessage outcome={outcome} />
              ) : reviewers.length === 0 ? (
                <MessageBar intent="info" data-testid="review-nobody">
                  <MessageBarBody>{t('board.review.nobody')}</MessageBarBody>
                </MessageBar>
              ) : (
                <>
                  {formError && (
                    <MessageBar intent="error" data-testid="review-error">
                      <MessageBarBody>{formError}</MessageBarBody>
                    </MessageBar>
                  )}
                  <Field
                    label={t('board.review.reviewer')}
                    required
                    className={styles.fit}
                    validationMessage={fieldError('reviewerId')}
                  >
                    <Select
                      className={styles.fit}
                      data-testid="review-reviewer"
                      value={reviewerId}
                      onChange={(_, data) => {
                        setReviewerId(data.value);
                        setError(undefined);
                      }}
                      autoFocus
                    >
                      <option value="">{t('board.review.chooseReviewer')}</option>
                      {reviewers.map((m) => (
                        <option key={m.userId} value={m.userId}>
                          {m.name}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Field
                    label={t('board.review.note')}
                    hint={t('board.review.noteHint')}
                    validationMessage={fieldError('note')}
                  >
                    <Textarea
                      data-testid="review-note"
                      value={note}
                      maxLength={LIMITS.shortText}
                      resize="vertical"
                      onChange={(_, data) => setNote(data.value)}
                    />
                  </Field>
                </>
              )}
              <ReviewRequestsList taskId={task.id} refreshKey={outcome ? 1 : 0} />
            </DialogContent>
            <DialogActions>
              {outcome || reviewers.length === 0 ? (
                <Button appearance="primary" onClick={onClose} data-testid="review-done">
                  {t('board.review.done')}
                </Button>
              ) : (
                <>
                  <Button appearance="primary" type="submit" disabled={sending} data-testid="review-send">
                    {t(sending ? 'board.review.sending' : 'board.review.send')}
                  </Button>
                  <Button onClick={onClose}>{t('board.review.cancel')}</Button>
                </>
              )}
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

function OutcomeMessage({ outcome }: { outcome: Outcome }) {
  const t = useBoardT();
  const name = outcome.reviewerName;
  switch (outcome.delivery) {
    case 'sent':
    case 'already':
      return (
        <MessageBar intent="success" data-testid="review-outcome" data-delivery={outcome.delivery}>
          <MessageBarBody>
            <MessageBarTitle>{t('board.review.requested')}</MessageBarTitle>
            {t('board.review.sent', { name })}
          </MessageBarBody>
        </MessageBar>
      );
    case 'pending':
      return (
        <MessageBar intent="success" data-testid="review-outcome" data-delivery={outcome.delivery}>
          <MessageBarBody>
            <MessageBarTitle>{t('board.review.requested')}</MessageBarTitle>
            {t('board.review.pending', { name })}
          </MessageBarBody>
        </MessageBar>
      );
    case 'unreachable':
    case 'failed':
      return (
        <MessageBar
          intent="warning"
          layout="multiline"
          data-testid="review-outcome"
          data-delivery={outcome.delivery}
        >
          <MessageBarBody>
            <MessageBarTitle>{t('board.review.notDelivered')}</MessageBarTitle>
            {t(
              outcome.delivery === 'unreachable' ? 'board.review.unreachable' : 'board.review.deliveryFailed',
              {
                name,
              },
            )}
          </MessageBarBody>
        </MessageBar>
      );
  }
}
