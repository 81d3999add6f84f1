import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';

/** A link (from a card in Teams) named a task this board no longer has: it was deleted. */
export function LinkedTaskMissing({ onDismiss }: { onDismiss(): void }) {
  return (
    <MessageBar intent="info" data-testid="linked-task-missing">
      <MessageBarBody>The task from your link is no longer on this board.</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            icon={<DismissRegular />}
            aria-label="Dismiss"
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
