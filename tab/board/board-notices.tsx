import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { BoardResponse } from '../../shared/api/board.ts';
import { formatDay } from '../format/dates.ts';
import { STATUS_LABELS } from './task-status.ts';
import type { TaskConflict } from './task-write-outcome.ts';

interface BoardNoticesProps {
  board: BoardResponse;
  locale: string;
  conflict: TaskConflict | undefined;
  notice: string | undefined;
  onKeepTheirs(): void;
  onApplyMine(): void;
  onDismiss(): void;
}

/** A refused write: someone else's newer version to choose against, or the service's reason. */
export function BoardNotices({
  board,
  locale,
  conflict,
  notice,
  onKeepTheirs,
  onApplyMine,
  onDismiss,
}: BoardNoticesProps) {
  const name = (userId: string | undefined) =>
    userId ? (board.members.find((m) => m.userId === userId)?.name ?? 'Former member') : 'Unassigned';
  return (
    <>
      {conflict && (
        <MessageBar intent="warning" layout="multiline" data-testid="conflict-message" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Changed by someone else</MessageBarTitle>
            Your change was not saved. This is the task now: “{conflict.current.title}” ·{' '}
            {STATUS_LABELS[conflict.current.status]} · {name(conflict.current.assigneeId)}
            {conflict.current.dueDate ? ` · due ${formatDay(conflict.current.dueDate, locale)}` : ''}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={onKeepTheirs} data-testid="conflict-keep-theirs">
              Keep theirs
            </Button>
            <Button appearance="primary" onClick={onApplyMine} data-testid="conflict-apply-mine">
              Apply my change again
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="error" data-testid="write-error" role="alert">
          <MessageBarBody>{notice}</MessageBarBody>
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
      )}
    </>
  );
}
