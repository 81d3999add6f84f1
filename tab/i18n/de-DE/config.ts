import type { Message } from '../../../shared/i18n/message.ts';
import type { config as english } from '../en-US/config.ts';

/** The config strings in German: every key of the English catalog, with the same placeholders. */
export const config: Record<keyof typeof english, Message> = {};
