import { Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ReviewRequest } from '../../shared/domain/review-request.ts';
import { useTeamData } from '../shell/team-data.ts';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
});

const STATUS: Record<
  ReviewRequest['status'],
  { label: string; color: 'informative' | 'success' | 'subtle' }
> = {
  pending: { label: 'Waiting', color: 'informative' },
  done: { label: 'Answered', color: 'success' },
  declined: { label: 'Declined', color: 'subtle' },
};

/** The task's review requests the caller may see: who was asked, and whether they answered. */
export function ReviewRequestsList({ taskId, refreshKey }: { taskId: string; refreshKey: number }) {
  const styles = useStyles();
  const { api, board } = useTeamData();
  const [reviews, setReviews] = useState<ReviewRequest[]>([]);

  useEffect(() => {
    let current = true;
    api
      .listReviewRequests(taskId)
      .then((res) => current && setReviews(res.reviewRequests))
      // The list is a courtesy beside the form: without it the dialog still works.
      .catch(() => current && setReviews([]));
    return () => {
      current = false;
    };
  }, [api, taskId, refreshKey]);

  if (reviews.length === 0) return null;
  const nameOf = (userId: string) => board.members.find((m) => m.userId === userId)?.name ?? 'Former member';
  return (
    <section aria-label="Review requests" data-testid="review-requests">
      <Caption1>Asked so far</Caption1>
      <ul className={styles.list}>
        {reviews.map((review) => (
          <li key={review.id} className={styles.item}>
            <span>{nameOf(review.reviewerId)}</span>
            <Badge appearance="tint" color={STATUS[review.status].color}>
              {STATUS[review.status].label}
            </Badge>
          </li>
        ))}
      </ul>
    </section>
  );
}
