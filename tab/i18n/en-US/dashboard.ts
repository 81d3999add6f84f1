import type { Catalog } from '../../../shared/i18n/message.ts';

/** The dashboard strings, in American English (the default catalog; other languages translate its keys). */
export const dashboard = {} as const satisfies Catalog;
