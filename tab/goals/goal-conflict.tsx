import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { VersionedGoal } from '../api/api-client.ts';

/** A 412: someone saved the goal first. Shows their version; nothing of theirs is overwritten. */
export function GoalConflict({
  current,
  actionLabel,
  onAction,
}: {
  current: VersionedGoal;
  actionLabel: string;
  onAction(): void;
}) {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="goal-conflict">
      <MessageBarBody>
        <MessageBarTitle>Changed by someone else</MessageBarTitle>
        Their version: “{current.statement}” ({current.status}
        {current.dueDate ? `, due ${current.dueDate}` : ''}).
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onAction}>
          {actionLabel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
