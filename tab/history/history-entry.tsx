import { Card } from '@fluentui/react-components';
import type { BoardResponse } from '../../shared/api/board.ts';
import type { HistoryItem } from '../../shared/api/history.ts';
import { recognitionValue } from '../../shared/domain/default-values.ts';
import { useHistoryT } from '../i18n/en-US/history.ts';
import { CheckInEntry } from './check-in-entry.tsx';
import { FeedbackEntry } from './feedback-entry.tsx';
import { RecognitionEntry } from './recognition-entry.tsx';
import { workLinkLabel } from './work-link-label.ts';

/** One item of the timeline, whatever its kind. */
export function HistoryEntry({
  item,
  board,
  nameOf,
  when,
}: {
  item: HistoryItem;
  board: BoardResponse;
  nameOf(userId: string): string;
  when: string;
}) {
  const t = useHistoryT();
  const entry = () => {
    switch (item.kind) {
      case 'check-in':
        return <CheckInEntry item={item} when={when} />;
      case 'feedback-received':
      case 'feedback-given':
        return (
          <FeedbackEntry
            item={item}
            nameOf={nameOf}
            linkLabel={workLinkLabel(item.feedback.link, board, t)}
            when={when}
          />
        );
      default:
        return (
          <RecognitionEntry
            item={item}
            value={recognitionValue(board.team.settings, item.recognition.valueId)}
            nameOf={nameOf}
            linkLabel={workLinkLabel(item.recognition.link, board, t)}
            when={when}
          />
        );
    }
  };
  return (
    <li data-testid="history-item" data-kind={item.kind} style={{ listStyleType: 'none', minWidth: 0 }}>
      <Card>{entry()}</Card>
    </li>
  );
}
