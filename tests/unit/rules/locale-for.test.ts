import { describe, expect, it } from 'vitest';
import { dayLabel } from '../../../shared/cards/day-label.ts';
import { isLocaleTag } from '../../../shared/domain/locale-tag.ts';
import { localeFor } from '../../../shared/rules/locale-for.ts';

describe('localeFor', () => {
  it('prefers the member’s recorded language, then the team’s, then English', () => {
    expect(localeFor({ locale: 'de-AT' }, { locale: 'en-US' })).toBe('de-DE');
    expect(localeFor({ locale: 'en-GB' }, { locale: 'de-DE' })).toBe('en-US');
    expect(localeFor({}, { locale: 'de-de' })).toBe('de-DE');
    expect(localeFor(undefined, {})).toBe('en-US');
    expect(localeFor({ locale: 'fr-FR' }, { locale: 'de-DE' })).toBe('en-US');
  });
});

describe('isLocaleTag', () => {
  it('accepts what Teams clients report and rejects anything else', () => {
    for (const tag of ['de-DE', 'en-us', 'pt-BR', 'zh-Hans-CN', 'de']) expect(isLocaleTag(tag)).toBe(true);
    for (const tag of ['', 'x', '<b>', 'de DE', 'a'.repeat(36)]) expect(isLocaleTag(tag)).toBe(false);
  });
});

describe('dayLabel', () => {
  it('spells a day in English by default and in German on request', () => {
    expect(dayLabel('2026-12-31')).toBe('Thu 31 Dec 2026');
    expect(dayLabel('2026-12-31', { locale: 'de-DE' })).toBe('Do., 31. Dez. 2026');
    expect(dayLabel('2026-03-02', { locale: 'de-DE', year: false })).toBe('Mo., 2. März');
  });
});
