import { Button } from '@fluentui/react-components';
import { PersonFeedbackRegular } from '@fluentui/react-icons';
import { Suspense, lazy, useState } from 'react';
import type { BoardResponse } from '../../shared/api/board.ts';
import type { VersionedTask } from '../api/api-client.ts';
import { useBoardT } from '../i18n/en-US/board.ts';

const RequestReviewDialog = lazy(() =>
  import('./request-review-dialog.tsx').then((m) => ({ default: m.RequestReviewDialog })),
);

/** Whether the viewer may ask for a review of the task: done, and theirs or they lead the team. */
export function canRequestReview(board: BoardResponse, task: VersionedTask): boolean {
  return task.status === 'done' && (board.me.isLeader || task.assigneeId === board.me.userId);
}

/** "Request review" in the task dialog of a done task; opens its own small dialog. */
export function RequestReviewButton({ board, task }: { board: BoardResponse; task: VersionedTask }) {
  const t = useBoardT();
  const [open, setOpen] = useState(false);
  if (!canRequestReview(board, task)) return null;
  return (
    <>
      <Button
        type="button"
        appearance="secondary"
        icon={<PersonFeedbackRegular />}
        onClick={() => setOpen(true)}
        data-testid="request-review"
      >
        {t('board.review.button')}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <RequestReviewDialog task={task} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
