import { Caption1, Text } from '@fluentui/react-components';
import type { CheckInHistoryItem } from '../../shared/api/history.ts';
import { useEntryStyles } from './entry-styles.ts';

/** A weekly check-in: confidence, wins and blockers. */
export function CheckInEntry({ item, when }: { item: CheckInHistoryItem; when: string }) {
  const styles = useEntryStyles();
  const { checkIn } = item;
  return (
    <div className={styles.body}>
      <div className={styles.head}>
        <Text weight="semibold">Check-in {checkIn.week}</Text>
        <Caption1>
          Confidence {checkIn.confidence}/5 · {when}
        </Caption1>
      </div>
      {checkIn.wins.length > 0 && (
        <>
          <Caption1 className={styles.term}>Wins</Caption1>
          <ul className={styles.list}>
            {checkIn.wins.map((win, i) => (
              <li key={i}>{win}</li>
            ))}
          </ul>
        </>
      )}
      {checkIn.blockers.length > 0 && (
        <>
          <Caption1 className={styles.term}>Blockers</Caption1>
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
