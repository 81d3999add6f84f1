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
import { useBoardT } from '../i18n/en-US/board.ts';
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
  const t = useBoardT();
  const name = (userId: string | undefined) =>
    userId
      ? (board.members.find((m) => m.userId === userId)?.name ?? t('board.person.former'))
      : t('board.person.unassigned');
  const now = conflict && {
    title: conflict.current.title,
    status: t(STATUS_LABELS[conflict.current.status]),
    assignee: name(conflict.current.assigneeId),
  };
  return (
    <>
      {conflict && (
        <MessageBar intent="warning" layout="multiline" data-testid="conflict-message" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t('board.conflict.title')}</MessageBarTitle>
            {conflict.current.dueDate
              ? t('board.conflict.nowDue', { ...now, due: formatDay(conflict.current.dueDate, locale) })
              : t('board.conflict.now', now)}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={onKeepTheirs} data-testid="conflict-keep-theirs">
              {t('board.conflict.keepTheirs')}
            </Button>
            <Button appearance="primary" onClick={onApplyMine} data-testid="conflict-apply-mine">
              {t('board.conflict.applyMine')}
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
                aria-label={t('board.dismiss')}
                onClick={onDismiss}
              />
            }
          />
        </MessageBar>
      )}
    </>
  );
}
