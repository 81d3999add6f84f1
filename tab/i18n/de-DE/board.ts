import type { Message } from '../../../shared/i18n/message.ts';
import type { board as english } from '../en-US/board.ts';

/** The board strings in German: every key of the English catalog, with the same placeholders. */
export const board: Record<keyof typeof english, Message> = {};
