import { describe, expect, it } from 'vitest';
import type { Message } from '../../../shared/i18n/message.ts';
import { CATALOG_PAIRS } from './catalog-pairs.ts';

const textsOf = (message: Message) => (typeof message === 'string' ? [message] : Object.values(message));

/** Every German message of the catalogs named `prefix…`, with where it comes from. */
function germanTexts(prefix: string): { key: string; text: string }[] {
  return CATALOG_PAIRS.filter(({ name }) => name.startsWith(prefix)).flatMap(({ name, german }) =>
    Object.entries(german).flatMap(([key, message]) =>
      textsOf(message).map((text) => ({ key: `${name} ${key}`, text: text ?? '' })),
    ),
  );
}

const offending = (prefix: string, pattern: RegExp) =>
  germanTexts(prefix)
    .filter(({ text }) => pattern.test(text))
    .map(({ key }) => key);

describe('the German wording, the same across cards and tab', () => {
  it('says "Wähle", never the short "Wähl"', () => {
    expect(offending('', /\b[Ww]ähl(?![\p{L}])/u)).toEqual([]);
  });

  it('recognises with "anerkennen" and "Anerkennung", never "würdigen"', () => {
    expect(offending('', /würdig/i)).toEqual([]);
  });

  it('asks for a command one way on the cards: "Gib … ein"', () => {
    const names = 'help|checkin|tasks|recognize|feedback|pause|resume';
    const typeIt = new RegExp(`\\b(?:Schreib|Schreibe|tippe|Tippe)\\b[^.:;]*?\\*{0,2}\\b(?:${names})\\b`);
    expect(offending('cards/', typeIt)).toEqual([]);
    expect(
      germanTexts('cards/').filter(({ text }) => /\bGib \*{0,2}help\*{0,2} ein\b/.test(text)),
    ).not.toEqual([]);
  });
});
