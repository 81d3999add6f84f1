const KEY = 'cadence.localUserId';

/** The demo person local mode last signed in as; storage may be blocked, which only loses the choice. */
export function rememberedUserId(): string | undefined {
  try {
    return localStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberUserId(userId: string): void {
  try {
    localStorage.setItem(KEY, userId);
  } catch {
    // Blocked storage (private mode, strict settings): the choice lasts until the page closes.
  }
}
