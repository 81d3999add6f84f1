/** Anything placed in time by an ISO `at`, as every history item is. */
interface Timed {
  at: string;
}

export interface NewestFirstPage<T> {
  items: T[];
  /** True when at least one older item exists beyond this page. */
  more: boolean;
}

/**
 * Merges a newest-first stream with a newest-first list and takes one page: `limit` items, plus any that
 * share the last one's instant, so that paging on by "before the last `at`" neither skips nor repeats.
 * Stops reading the stream as soon as the page is decided.
 */
export async function newestFirstPage<T extends Timed>(
  stream: AsyncIterable<T>,
  list: readonly T[],
  limit: number,
): Promise<NewestFirstPage<T>> {
  const page: T[] = [];
  for await (const item of merge(stream, list)) {
    const last = page.at(-1);
    if (page.length >= limit && last !== undefined && Date.parse(item.at) !== Date.parse(last.at)) {
      return { items: page, more: true };
    }
    page.push(item);
  }
  return { items: page, more: false };
}

async function* merge<T extends Timed>(stream: AsyncIterable<T>, list: readonly T[]): AsyncGenerator<T> {
  let next = 0;
  for await (const streamed of stream) {
    const at = Date.parse(streamed.at);
    for (let listed = list[next]; listed !== undefined && Date.parse(listed.at) > at; listed = list[next]) {
      yield listed;
      next += 1;
    }
    yield streamed;
  }
  yield* list.slice(next);
}
