import { Badge, Caption1, Text } from '@fluentui/react-components';
import type { RecognitionHistoryItem } from '../../shared/api/history.ts';
import type { TeamValue } from '../../shared/domain/team.ts';
import { useHistoryT } from '../i18n/en-US/history.ts';
import { useEntryStyles } from './entry-styles.ts';

/** Recognition with its team value, message, and giver → recipients. */
export function RecognitionEntry({
  item,
  value,
  nameOf,
  linkLabel,
  when,
}: {
  item: RecognitionHistoryItem;
  value?: TeamValue;
  nameOf(userId: string): string;
  linkLabel?: string;
  when: string;
}) {
  const styles = useEntryStyles();
  const t = useHistoryT();
  const { recognition } = item;
  return (
    <div className={styles.body}>
      <div className={styles.head}>
        <Text weight="semibold">
          {item.kind === 'recognition-received'
            ? t('history.recognition.received')
            : t('history.recognition.given')}
        </Text>
        <Badge appearance="tint" color="brand">
          {value ? `${value.emoji} ${value.name}` : recognition.valueId}
        </Badge>
        <Caption1>
          {nameOf(recognition.giverId)} → {recognition.recipientIds.map(nameOf).join(', ')} · {when}
        </Caption1>
      </div>
      <Text>{recognition.message}</Text>
      {linkLabel && <Caption1>{linkLabel}</Caption1>}
    </div>
  );
}
