import type { Message } from '../../../shared/i18n/message.ts';
import type { goals as english } from '../en-US/goals.ts';

/** The goals strings in German: every key of the English catalog, with the same placeholders. */
export const goals: Record<keyof typeof english, Message> = {};
