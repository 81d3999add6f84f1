import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Suspense, lazy, useState } from 'react';
import type {
  CreateRecognitionResponse,
  RecognitionDelivery,
} from '../../shared/api/recognition-requests.ts';
import type { Feedback } from '../../shared/domain/feedback.ts';
import { usableLocale } from '../format/locale.ts';
import { useHistoryT } from '../i18n/en-US/history.ts';
import { useShellT } from '../i18n/en-US/shell.ts';
import { describeApiProblem } from '../shell/describe-api-problem.ts';
import { useTeamData } from '../shell/team-data.ts';
import { formatWhen } from './format-when.ts';
import { HistoryEntry } from './history-entry.tsx';
import { RecognitionNotice } from './recognition-notice.tsx';
import { historyItemKey, useHistory } from './use-history.ts';

const FeedbackDialog = lazy(() =>
  import('./feedback-dialog.tsx').then((m) => ({ default: m.FeedbackDialog })),
);
const RecognitionDialog = lazy(() =>
  import('./recognition-dialog.tsx').then((m) => ({ default: m.RecognitionDialog })),
);

const useStyles = makeStyles({
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  more: { alignSelf: 'flex-start' },
});

/** One person's timeline with paging, and giving feedback from here. Keyed by person. */
export function PersonHistory({
  personId,
  onShowPerson,
}: {
  personId: string;
  onShowPerson(userId: string): void;
}) {
  const styles = useStyles();
  const t = useHistoryT();
  const shellT = useShellT();
  const { api, board, session } = useTeamData();
  const { state, loadMore, retry, prepend } = useHistory(api, personId);
  const [giving, setGiving] = useState(false);
  const [recognizing, setRecognizing] = useState(false);
  const [delivery, setDelivery] = useState<RecognitionDelivery>();
  const locale = usableLocale(session.locale);
  const names = new Map(board.members.map((m) => [m.userId, m.name]));
  const nameOf = (userId: string) => names.get(userId) ?? t('history.screen.formerMember');
  const error = state.error && describeApiProblem(state.error.cause, shellT, t('history.screen.loadFailed'));
  const meId = board.me.userId;
  const isMe = personId === meId;

  const onSent = (feedback: Feedback) => {
    setGiving(false);
    if (isMe || feedback.recipientId === personId) {
      prepend({ kind: isMe ? 'feedback-given' : 'feedback-received', at: feedback.createdAt, feedback });
    } else {
      onShowPerson(feedback.recipientId);
    }
  };

  const onRecognized = ({ recognition, delivery }: CreateRecognitionResponse) => {
    setRecognizing(false);
    setDelivery(delivery);
    const at = recognition.createdAt;
    if (recognition.recipientIds.includes(personId))
      prepend({ kind: 'recognition-received', at, recognition });
    else if (isMe) prepend({ kind: 'recognition-given', at, recognition });
  };

  return (
    <>
      <div className={styles.head}>
        <Subtitle2 as="h1">
          {isMe ? t('history.screen.mine') : t('history.screen.ofPerson', { name: nameOf(personId) })}
        </Subtitle2>
        {board.members.length > 1 && (
          <div className={styles.actions}>
            <Button appearance="primary" data-testid="give-feedback" onClick={() => setGiving(true)}>
              {t('history.screen.giveFeedback')}
            </Button>
            <Button data-testid="give-recognition" onClick={() => setRecognizing(true)}>
              {t('history.screen.recognise')}
            </Button>
          </div>
        )}
      </div>
      {delivery && <RecognitionNotice delivery={delivery} onDismiss={() => setDelivery(undefined)} />}
      {state.status === 'loading' && <Spinner size="small" label={t('history.screen.loading')} />}
      {state.status === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={retry}>
              {t('history.screen.tryAgain')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.status === 'ready' && state.items.length === 0 && (
        <Body1 data-testid="history-empty">
          {state.checkInsVisible ? t('history.screen.empty') : t('history.screen.emptyHidden')}
        </Body1>
      )}
      {state.items.length > 0 && (
        <ol className={styles.list} aria-label={t('history.screen.timeline')}>
          {state.items.map((item) => (
            <HistoryEntry
              key={historyItemKey(item)}
              item={item}
              board={board}
              nameOf={nameOf}
              when={formatWhen(item.at, locale)}
            />
          ))}
        </ol>
      )}
      {state.status === 'ready' && error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {state.nextBefore && (
        <Button
          className={styles.more}
          onClick={loadMore}
          disabled={state.loadingMore}
          data-testid="load-more"
        >
          {state.loadingMore ? t('history.screen.loadingMore') : t('history.screen.loadMore')}
        </Button>
      )}
      {recognizing && (
        <Suspense fallback={null}>
          <RecognitionDialog
            defaultRecipientId={isMe ? undefined : personId}
            onClose={() => setRecognizing(false)}
            onSent={onRecognized}
          />
        </Suspense>
      )}
      {giving && (
        <Suspense fallback={null}>
          <FeedbackDialog
            defaultRecipientId={isMe ? undefined : personId}
            onClose={() => setGiving(false)}
            onSent={onSent}
          />
        </Suspense>
      )}
    </>
  );
}
