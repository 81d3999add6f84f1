interface Entry<T> {
  generation: number;
  loadedAt: number;
  value?: { current: T };
  inFlight?: Promise<T>;
}

export interface ReadThroughCacheOptions {
  /** How old a value may be when another instance may have written. Own writes invalidate at once. */
  maxAgeMs: number;
  /**
   * For this long past `maxAgeMs` a reader still gets the old value while one reload runs in the
   * background, so readers never queue behind a reload. Defaults to `maxAgeMs`.
   */
  staleWhileRevalidateMs?: number;
  clock?: () => number;
  /** Least recently used keys are dropped beyond this many. Default 1,000. */
  maxEntries?: number;
}

/**
 * Values per key (a team's board snapshot, a team row). Concurrent readers share one load; a write
 * through this instance invalidates at once, and a load that started before that write is never cached.
 * Other instances' writes show within `maxAgeMs + staleWhileRevalidateMs`; stale reads are safe because
 * every write is guarded by its ETag.
 */
export class ReadThroughCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly clock: () => number;

  constructor(private readonly options: ReadThroughCacheOptions) {
    this.clock = options.clock ?? (() => performance.now());
  }

  get(key: string, load: () => Promise<T>): Promise<T> {
    const entry = this.entry(key);
    const age = this.clock() - entry.loadedAt;
    const { maxAgeMs, staleWhileRevalidateMs = maxAgeMs } = this.options;
    if (entry.value && age <= maxAgeMs) return Promise.resolve(entry.value.current);
    if (entry.value && age <= maxAgeMs + staleWhileRevalidateMs) {
      // A failed background reload leaves the old value; once it ages out, a reader meets the error.
      if (!entry.inFlight) this.reload(entry, load).catch(() => {});
      return Promise.resolve(entry.value.current);
    }
    return entry.inFlight ?? this.reload(entry, load);
  }

  private reload(entry: Entry<T>, load: () => Promise<T>): Promise<T> {
    const generation = entry.generation;
    const startedAt = this.clock();
    const inFlight = load().then(
      (value) => {
        if (entry.generation === generation) {
          entry.value = { current: value };
          entry.loadedAt = startedAt;
        }
        if (entry.inFlight === inFlight) entry.inFlight = undefined;
        return value;
      },
      (error: unknown) => {
        if (entry.inFlight === inFlight) entry.inFlight = undefined;
        throw error;
      },
    );
    entry.inFlight = inFlight;
    return inFlight;
  }

  /** After a write: drop the value, and let no load that began before the write be cached or joined. */
  invalidate(key: string): void {
    const entry = this.entry(key);
    entry.generation += 1;
    entry.value = undefined;
    entry.inFlight = undefined;
  }

  private entry(key: string): Entry<T> {
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
    } else {
      entry = { generation: 0, loadedAt: 0 };
      const oldest = this.entries.keys().next();
      if (this.entries.size >= (this.options.maxEntries ?? 1000) && !oldest.done)
        this.entries.delete(oldest.value);
    }
    // Map iteration follows insertion order: re-inserting keeps the least recently used key first.
    this.entries.set(key, entry);
    return entry;
  }
}
