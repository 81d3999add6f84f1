import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog, Message } from '../../../shared/i18n/message.ts';
import { placeholdersOf } from '../../../shared/i18n/translate.ts';
import { DE_DE } from '../../../tab/i18n/de-DE.ts';
import { CATALOG_PAIRS } from './catalog-pairs.ts';

const shape = (message: Message) => (typeof message === 'string' ? 'text' : 'plural');

function describePair(name: string, english: Catalog, german: Catalog) {
  describe(name, () => {
    it('has every key in both languages', () => {
      expect(Object.keys(german).sort()).toEqual(Object.keys(english).sort());
    });

    it('keeps each message’s placeholders and plural shape in German, and leaves nothing empty', () => {
      for (const [key, message] of Object.entries(english)) {
        const translation = german[key];
        if (translation === undefined) continue;
        expect({ key, placeholders: [...placeholdersOf(translation)].sort() }).toEqual({
          key,
          placeholders: [...placeholdersOf(message)].sort(),
        });
        expect({ key, shape: shape(translation) }).toEqual({ key, shape: shape(message) });
        const texts = typeof translation === 'string' ? [translation] : Object.values(translation);
        expect({ key, empty: texts.some((text) => !text?.trim()) }).toEqual({ key, empty: false });
      }
    });
  });
}

for (const { name, english, german } of CATALOG_PAIRS) describePair(name, english, german);

it('lists every catalog file of the tab', () => {
  const files = readdirSync(path.resolve('tab/i18n/en-US')).map((file) => `tab/${file.replace(/\.ts$/, '')}`);
  expect(CATALOG_PAIRS.map((pair) => pair.name).filter((name) => name.startsWith('tab/'))).toEqual(
    expect.arrayContaining(files),
  );
});

it('puts every German tab catalog in the German chunk the tab loads', () => {
  const missing = CATALOG_PAIRS.filter((pair) => pair.name.startsWith('tab/')).flatMap(({ name, english }) =>
    Object.keys(english)
      .filter((key) => !(key in DE_DE))
      .map((key) => `${name}: ${key}`),
  );
  expect(missing).toEqual([]);
});
