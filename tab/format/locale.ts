const FALLBACK = 'en-US';

/**
 * A BCP 47 tag `Intl` accepts. Teams sends tags like `en-us`; browsers can report POSIX ones such as
 * `en-US@posix`, on which `Intl.DateTimeFormat` throws.
 */
export function usableLocale(tag: string | undefined): string {
  for (const candidate of [tag, tag?.split(/[@.]/)[0]?.replace('_', '-')]) {
    if (!candidate) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(candidate);
      if (canonical) return canonical;
    } catch {
      // Not a valid tag: try the next form.
    }
  }
  return FALLBACK;
}
