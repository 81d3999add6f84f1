import { Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ReviewRequest } from '../../shared/domain/review-request.ts';
import { useBoardT, type BoardKey } from '../i18n/en-US/board.ts';
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
  { label: BoardKey; color: 'informative' | 'success' | 'subtle' }
> = {
  pending: { label: 'board.review.waiting', color: 'informative' },
  done: { label: 'board.review.answered', color: 'success' },
  declined: { label: 'board.review.declined', color: 'subtle' },
};

/** The task's review requests the caller may see: who was asked, and whether they answered. */
export function ReviewRequestsList({ taskId, refreshKey }: { taskId: string; refreshKey: number }) {
  const styles = useStyles();
  const t = useBoardT();
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
  const nameOf = (userId: string) =>
    board.members.find((m) => m.userId === userId)?.name ?? t('board.person.former');
  return (
    <section aria-label={t('board.review.list')} data-testid="review-requests">
      <Caption1>{t('board.review.askedSoFar')}</Caption1>
      <ul className={styles.list}>
        {reviews.map((review) => (
          <li key={review.id} className={styles.item}>
            <span>{nameOf(review.reviewerId)}</span>
            <Badge appearance="tint" color={STATUS[review.status].color}>
              {t(STATUS[review.status].label)}
            </Badge>
          </li>
        ))}
      </ul>
    </section>
  );
}
