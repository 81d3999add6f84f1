import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../../shared/i18n/locales.ts';
import { createTranslator, placeholdersOf } from '../../../shared/i18n/translate.ts';

const english = {
  greeting: 'Hello {name}',
  tasks: { one: '{count} task', other: '{count} tasks' },
  onlyEnglish: 'Only in English',
} as const;
const german = { greeting: 'Hallo {name}', tasks: { one: '{count} Aufgabe', other: '{count} Aufgaben' } };

describe('createTranslator', () => {
  const t = createTranslator<keyof typeof english>('de-DE', german as typeof english, english);

  it('fills placeholders', () => {
    expect(t('greeting', { name: 'Ana' })).toBe('Hallo Ana');
  });

  it('chooses the plural form from count', () => {
    expect(t('tasks', { count: 1 })).toBe('1 Aufgabe');
    expect(t('tasks', { count: 3 })).toBe('3 Aufgaben');
    expect(t('tasks')).toBe('{count} Aufgaben');
  });

  it('falls back to English for a key the catalog lacks', () => {
    expect(t('onlyEnglish')).toBe('Only in English');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(t('greeting', {})).toBe('Hallo {name}');
  });

  it('names the placeholders of every form', () => {
    expect([...placeholdersOf({ one: '{count} of {total}', other: '{count}' })].sort()).toEqual([
      'count',
      'total',
    ]);
  });
});

describe('pickLocale', () => {
  it.each([
    ['de-de', 'de-DE'],
    ['de-AT', 'de-DE'],
    ['DE', 'de-DE'],
    ['en-gb', 'en-US'],
    ['fr-fr', 'en-US'],
    [undefined, 'en-US'],
    ['', 'en-US'],
  ])('%s → %s', (tag, locale) => {
    expect(pickLocale(tag)).toBe(locale);
  });
});
