import { describe, expect, it } from 'vitest';
import { hasPhrase, jaccard, normalizeText, phrasesIn, wordSet, words } from '../../../shared/rules/text.ts';

describe('text helpers', () => {
  it('normalises case, punctuation, apostrophes and whitespace', () => {
    expect(normalizeText('  Waiting on LEGAL — review!!  ')).toBe('waiting on legal review');
    expect(normalizeText('Tuesday’s demo')).toBe("tuesday's demo");
    expect(normalizeText("'quoted' text")).toBe('quoted text');
    expect(normalizeText('up 10% (or more)')).toBe('up 10% or more');
    expect(words('')).toEqual([]);
    expect(words('A, b;  c')).toEqual(['a', 'b', 'c']);
  });

  it('computes Jaccard overlap', () => {
    expect(jaccard(new Set(['a', 'b']), new Set(['a', 'b']))).toBe(1);
    expect(jaccard(new Set(['a', 'b', 'c']), new Set(['a', 'b', 'c', 'd']))).toBe(0.75);
    expect(jaccard(new Set(['a']), new Set(['b']))).toBe(0);
    expect(jaccard(new Set(), new Set())).toBe(1);
  });

  it('matches whole-word phrases only', () => {
    expect(hasPhrase('you did great work', 'great work')).toBe(true);
    expect(hasPhrase('greatwork here', 'great work')).toBe(false);
    expect(hasPhrase('nevertheless', 'never')).toBe(false);
    expect(phrasesIn('be more proactive', ['more proactive', 'be more proactive'])).toEqual([
      'be more proactive',
    ]);
    expect([...wordSet(`\n  a b\n  c \n`)]).toEqual(['a', 'b', 'c']);
  });
});
