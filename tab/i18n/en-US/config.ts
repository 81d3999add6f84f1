import type { Catalog } from '../../../shared/i18n/message.ts';

/** The config strings, in American English (the default catalog; other languages translate its keys). */
export const config = {} as const satisfies Catalog;
