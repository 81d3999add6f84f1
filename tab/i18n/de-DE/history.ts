import type { Message } from '../../../shared/i18n/message.ts';
import type { history as english } from '../en-US/history.ts';

/** The history strings in German: every key of the English catalog, with the same placeholders. */
export const history: Record<keyof typeof english, Message> = {};
