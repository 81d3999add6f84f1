import { describe, expect, it } from 'vitest';
import { usableLocale } from '../../../tab/format/locale.ts';

describe('usableLocale', () => {
  it('keeps the tags Teams sends, in canonical case', () => {
    expect(usableLocale('en-us')).toBe('en-US');
    expect(usableLocale('de-de')).toBe('de-DE');
  });

  it('repairs POSIX locales that Intl refuses (headless Chromium reports en-US@posix)', () => {
    expect(usableLocale('en-US@posix')).toBe('en-US');
    expect(usableLocale('de_DE.UTF-8')).toBe('de-DE');
    expect(() => new Intl.DateTimeFormat(usableLocale('en-US@posix'))).not.toThrow();
  });

  it('falls back to en-US for nothing usable', () => {
    expect(usableLocale(undefined)).toBe('en-US');
    expect(usableLocale('')).toBe('en-US');
    expect(usableLocale('C')).toBe('en-US');
  });
});
