import type { Catalog } from '../../../shared/i18n/message.ts';

/** The goals strings, in American English (the default catalog; other languages translate its keys). */
export const goals = {} as const satisfies Catalog;
