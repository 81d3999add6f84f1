import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useBoardT } from '../i18n/en-US/board.ts';

/** A link (from a card in Teams) named a task this board no longer has: it was deleted. */
export function LinkedTaskMissing({ onDismiss }: { onDismiss(): void }) {
  const t = useBoardT();
  return (
    <MessageBar intent="info" data-testid="linked-task-missing">
      <MessageBarBody>{t('board.linkMissing')}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            icon={<DismissRegular />}
            aria-label={t('board.dismiss')}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
