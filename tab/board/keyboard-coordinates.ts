import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';

const OFFSET = 12;

/**
 * Arrow keys jump to the nearest column in that direction instead of nudging by pixels, so a keyboard
 * move takes one key press per column.
 */
export const columnCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const { collisionRect, droppableRects, droppableContainers } = context;
  if (!collisionRect) return undefined;
  const dx = { [KeyboardCode.Right]: 1, [KeyboardCode.Left]: -1 }[event.code] ?? 0;
  const dy = { [KeyboardCode.Down]: 1, [KeyboardCode.Up]: -1 }[event.code] ?? 0;
  if (dx === 0 && dy === 0) return undefined;
  event.preventDefault();
  const from = {
    x: collisionRect.left + collisionRect.width / 2,
    y: collisionRect.top + collisionRect.height / 2,
  };
  let best: { x: number; y: number; distance: number } | undefined;
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id);
    if (!rect) continue;
    const to = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    const along = dx !== 0 ? (to.x - from.x) * dx : (to.y - from.y) * dy;
    const across = dx !== 0 ? Math.abs(to.y - from.y) : Math.abs(to.x - from.x);
    if (along <= rect.width / 4 && dx !== 0) continue;
    if (along <= rect.height / 4 && dy !== 0) continue;
    const distance = along + across * 2;
    if (!best || distance < best.distance) best = { x: rect.left + OFFSET, y: rect.top + OFFSET, distance };
  }
  return best ? { x: best.x, y: best.y } : currentCoordinates;
};
