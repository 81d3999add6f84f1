import { Caption1, Text } from '@fluentui/react-components';
import type { CheckInHistoryItem } from '../../shared/api/history.ts';
import { useHistoryT } from '../i18n/en-US/history.ts';
import { useEntryStyles } from './entry-styles.ts';

/** A weekly check-in: confidence, wins and blockers. */
export function CheckInEntry({ item, when }: { item: CheckInHistoryItem; when: string }) {
  const styles = useEntryStyles();
  const t = useHistoryT();
  const { checkIn } = item;
  return (
    <div className={styles.body}>
      <div className={styles.head}>
        <Text weight="semibold">{t('history.checkIn.title', { week: checkIn.week })}</Text>
        <Caption1>{t('history.checkIn.confidence', { confidence: checkIn.confidence, when })}</Caption1>
      </div>
      {checkIn.wins.length > 0 && (
        <>
          <Caption1 className={styles.term}>{t('history.checkIn.wins')}</Caption1>
          <ul className={styles.list}>
            {checkIn.wins.map((win, i) => (
              <li key={i}>{win}</li>
            ))}
          </ul>
        </>
      )}
      {checkIn.blockers.length > 0 && (
        <>
          <Caption1 className={styles.term}>{t('history.checkIn.blockers')}</Caption1>
          <ul className={styles.list}>
            {checkIn.blockers.map((blocker, i) => (
              <li key={i}>{blocker.text}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
