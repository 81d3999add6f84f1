import type { Catalog } from '../../../shared/i18n/message.ts';

/** The history strings, in American English (the default catalog; other languages translate its keys). */
export const history = {} as const satisfies Catalog;
