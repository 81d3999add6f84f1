import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { ArrowMoveRegular } from '@fluentui/react-icons';
import type { VersionedTask } from '../api/api-client.ts';
import { BOARD_COLUMNS, STATUS_LABELS } from './task-status.ts';
import { useBoardT } from '../i18n/en-US/board.ts';
import type { CardEnv } from './card-env.ts';

/** Moving a task without dragging: a menu of the other columns. */
export function MoveMenu({ task, onMove }: { task: VersionedTask; onMove: CardEnv['onMove'] }) {
  const t = useBoardT();
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowMoveRegular />}
          aria-label={t('board.move.label', { title: task.title })}
          data-testid={`task-move-${task.id}`}
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {BOARD_COLUMNS.filter((status) => status !== task.status).map((status) => (
            <MenuItem key={status} onClick={() => onMove(task, status)} data-testid={`move-to-${status}`}>
              {t('board.move.to', { status: t(STATUS_LABELS[status]) })}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
