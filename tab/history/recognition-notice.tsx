import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { RecognitionDelivery } from '../../shared/api/recognition-requests.ts';
import { useHistoryT, type HistoryKey } from '../i18n/en-US/history.ts';

const NOTICES: Record<
  RecognitionDelivery,
  { intent: 'success' | 'info' | 'warning'; title: HistoryKey; detail: HistoryKey }
> = {
  posted: { intent: 'success', title: 'history.notice.postedTitle', detail: 'history.notice.postedDetail' },
  pending: { intent: 'info', title: 'history.notice.pendingTitle', detail: 'history.notice.pendingDetail' },
  noChannel: {
    intent: 'warning',
    title: 'history.notice.notPostedTitle',
    detail: 'history.notice.noChannelDetail',
  },
  failed: {
    intent: 'warning',
    title: 'history.notice.notPostedTitle',
    detail: 'history.notice.failedDetail',
  },
};

/** What became of a recognition just sent: stored it always is, and this says whether the channel has it. */
export function RecognitionNotice({
  delivery,
  onDismiss,
}: {
  delivery: RecognitionDelivery;
  onDismiss(): void;
}) {
  const t = useHistoryT();
  const notice = NOTICES[delivery];
  return (
    <MessageBar
      intent={notice.intent}
      layout="multiline"
      data-testid="recognition-notice"
      data-delivery={delivery}
    >
      <MessageBarBody>
        <MessageBarTitle>{t(notice.title)}</MessageBarTitle>
        {t(notice.detail)}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={t('history.notice.dismiss')}
            icon={<DismissRegular />}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
