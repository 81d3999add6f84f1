import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { ArrowMoveRegular } from '@fluentui/react-icons';
import type { VersionedTask } from '../api/api-client.ts';
import { BOARD_COLUMNS, STATUS_LABELS } from './task-status.ts';
import type { CardEnv } from './card-env.ts';

/** Moving a task without dragging: a menu of the other columns. */
export function MoveMenu({ task, onMove }: { task: VersionedTask; onMove: CardEnv['onMove'] }) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowMoveRegular />}
          aria-label={`Move “${task.title}” to…`}
          data-testid={`task-move-${task.id}`}
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {BOARD_COLUMNS.filter((status) => status !== task.status).map((status) => (
            <MenuItem key={status} onClick={() => onMove(task, status)} data-testid={`move-to-${status}`}>
              Move to {STATUS_LABELS[status]}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
