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
      setError({ field: 'reviewerId', message: 'Choose who should review it.' });
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
      const reviewerName = board.members.find((m) => m.userId === reviewerId)?.name ?? 'your teammate';
      setOutcome({ delivery, reviewerName });
    } catch (failure) {
      setError(
        failure instanceof ApiError
          ? { message: failure.message, field: failure.field }
          : { message: 'The request could not be sent. Try again.' },
      );
    } finally {
      setSending(false);
    }
  };

  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);
  const formError =
    error && error.field !== 'reviewerId' && error.field !== 'note' ? error.message : undefined;

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface data-testid="review-dialog" aria-label="Request review">
        <form onSubmit={(event) => void submit(event)} noValidate>
          <DialogBody>
            <DialogTitle className={styles.title}>Request review</DialogTitle>
            <DialogContent className={styles.form}>
              <p className={styles.title}>
                Ask a teammate to look at “{task.title}”. Their answer comes back to you as feedback on the
                task.
              </p>
              {outcome ? (
                <OutcomeMessage outcome={outcome} />
              ) : reviewers.length === 0 ? (
                <MessageBar intent="info" data-testid="review-nobody">
                  <MessageBarBody>There is no teammate to ask yet.</MessageBarBody>
                </MessageBar>
              ) : (
                <>
                  {formError && (
                    <MessageBar intent="error" data-testid="review-error">
                      <MessageBarBody>{formError}</MessageBarBody>
                    </MessageBar>
                  )}
                  <Field
                    label="Reviewer"
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
                      <option value="">Choose a teammate</option>
                      {reviewers.map((m) => (
                        <option key={m.userId} value={m.userId}>
                          {m.name}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Field
                    label="Note for the reviewer (optional)"
                    hint="What should they look at?"
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
                  Done
                </Button>
              ) : (
                <>
                  <Button appearance="primary" type="submit" disabled={sending} data-testid="review-send">
                    {sending ? 'Sending…' : 'Send request'}
                  </Button>
                  <Button onClick={onClose}>Cancel</Button>
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
  const name = outcome.reviewerName;
  switch (outcome.delivery) {
    case 'sent':
    case 'already':
      return (
        <MessageBar intent="success" data-testid="review-outcome" data-delivery={outcome.delivery}>
          <MessageBarBody>
            <MessageBarTitle>Review requested</MessageBarTitle>
            {name} has a card in Teams to answer.
          </MessageBarBody>
        </MessageBar>
      );
    case 'pending':
      return (
        <MessageBar intent="success" data-testid="review-outcome" data-delivery={outcome.delivery}>
          <MessageBarBody>
            <MessageBarTitle>Review requested</MessageBarTitle>
            Teams is slow to answer: the card for {name} is still on its way.
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
            <MessageBarTitle>Saved, but not delivered</MessageBarTitle>
            {outcome.delivery === 'unreachable'
              ? `Cadence cannot reach ${name} in Teams yet, so they have no card to answer. Ask them once Cadence is in their Teams.`
              : `Teams did not take the card for ${name}. Try again later, or ask someone else.`}
          </MessageBarBody>
        </MessageBar>
      );
  }
}
