import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { VersionedGoal } from '../api/api-client.ts';
import { useGoalsT } from '../i18n/en-US/goals.ts';

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
  const t = useGoalsT();
  const params = { statement: current.statement, status: t(`goals.status.${current.status}`) };
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="goal-conflict">
      <MessageBarBody>
        <MessageBarTitle>{t('goals.conflict.title')}</MessageBarTitle>
        {current.dueDate
          ? t('goals.conflict.theirsDue', { ...params, dueDate: current.dueDate })
          : t('goals.conflict.theirs', params)}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onAction}>
          {actionLabel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
