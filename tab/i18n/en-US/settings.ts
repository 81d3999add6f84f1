import type { Catalog } from '../../../shared/i18n/message.ts';

/** The settings strings, in American English (the default catalog; other languages translate its keys). */
export const settings = {} as const satisfies Catalog;
