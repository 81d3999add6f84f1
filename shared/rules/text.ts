/** Small English text helpers shared by the rules. Deterministic, locale-independent. */

/** Lowercase, straight apostrophes, punctuation turned into spaces, whitespace collapsed. */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[^\p{L}\p{N}'%\s]/gu, ' ')
    .replace(/'(?!\p{L})|(?<!\p{L})'/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a text after normalisation. */
export function words(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/** |A ∩ B| / |A ∪ B|; two empty sets are identical. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Whether a normalised text contains a phrase as whole words. */
export function hasPhrase(normalized: string, phrase: string): boolean {
  return ` ${normalized} `.includes(` ${phrase} `);
}

/** The phrases of a list that occur in a normalised text, in list order, minus those inside a longer match. */
export function phrasesIn(normalized: string, phrases: readonly string[]): string[] {
  const found = phrases.filter((phrase) => hasPhrase(normalized, phrase));
  return found.filter((phrase) => !found.some((other) => other !== phrase && hasPhrase(other, phrase)));
}

/** A set from a whitespace-separated word list, so lists read as prose in the source. */
export function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.trim().split(/\s+/));
}
