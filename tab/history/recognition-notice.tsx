import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { RecognitionDelivery } from '../../shared/api/recognition-requests.ts';

const NOTICES: Record<
  RecognitionDelivery,
  { intent: 'success' | 'info' | 'warning'; title: string; detail: string }
> = {
  posted: {
    intent: 'success',
    title: 'Recognition posted',
    detail: 'It is in the team’s channel, with an @mention of everyone you picked.',
  },
  pending: {
    intent: 'info',
    title: 'Recognition saved',
    detail: 'Teams is slow to answer right now; it appears in the team’s channel once Teams takes it.',
  },
  noChannel: {
    intent: 'warning',
    title: 'Recognition saved, not posted',
    detail:
      'Cadence does not know this team’s channel yet, so it is only in the history here. A leader can add Cadence to the team again.',
  },
  failed: {
    intent: 'warning',
    title: 'Recognition saved, not posted',
    detail: 'Teams did not accept the post in the team’s channel, so it is only in the history here.',
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
  const notice = NOTICES[delivery];
  return (
    <MessageBar
      intent={notice.intent}
      layout="multiline"
      data-testid="recognition-notice"
      data-delivery={delivery}
    >
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        {notice.detail}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label="Dismiss"
            icon={<DismissRegular />}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
