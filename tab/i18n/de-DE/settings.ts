import type { Message } from '../../../shared/i18n/message.ts';
import type { settings as english } from '../en-US/settings.ts';

/** The settings strings in German: every key of the English catalog, with the same placeholders. */
export const settings: Record<keyof typeof english, Message> = {};
