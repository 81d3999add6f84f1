import { Badge, Caption1, Text } from '@fluentui/react-components';
import type { FeedbackHistoryItem } from '../../shared/api/history.ts';
import { useHistoryT } from '../i18n/en-US/history.ts';
import { useEntryStyles } from './entry-styles.ts';

/** Feedback as situation, behaviour and impact, with who gave it to whom. */
export function FeedbackEntry({
  item,
  nameOf,
  linkLabel,
  when,
}: {
  item: FeedbackHistoryItem;
  nameOf(userId: string): string;
  linkLabel?: string;
  when: string;
}) {
  const styles = useEntryStyles();
  const t = useHistoryT();
  const { feedback } = item;
  return (
    <div className={styles.body}>
      <div className={styles.head}>
        <Text weight="semibold">
          {item.kind === 'feedback-received' ? t('history.feedback.received') : t('history.feedback.given')}
        </Text>
        <Caption1>
          {nameOf(feedback.giverId)} → {nameOf(feedback.recipientId)} · {when}
        </Caption1>
        {feedback.visibility === 'private' && (
          <Badge appearance="outline" color="informative" data-testid="private-badge">
            {t('history.feedback.private')}
          </Badge>
        )}
      </div>
      <dl className={styles.parts}>
        <dt className={styles.term}>{t('history.feedback.situation')}</dt>
        <dd className={styles.definition}>{feedback.situation}</dd>
        <dt className={styles.term}>{t('history.feedback.behaviour')}</dt>
        <dd className={styles.definition}>{feedback.behaviour}</dd>
        <dt className={styles.term}>{t('history.feedback.impact')}</dt>
        <dd className={styles.definition}>{feedback.impact}</dd>
      </dl>
      {linkLabel && <Caption1>{linkLabel}</Caption1>}
    </div>
  );
}
