import type { Catalog } from '../../../shared/i18n/message.ts';

/** The board strings, in American English (the default catalog; other languages translate its keys). */
export const board = {} as const satisfies Catalog;
