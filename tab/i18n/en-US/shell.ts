import type { Catalog } from '../../../shared/i18n/message.ts';

/** The shell strings, in American English (the default catalog; other languages translate its keys). */
export const shell = {} as const satisfies Catalog;
