import { describe, expect, it } from 'vitest';
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
