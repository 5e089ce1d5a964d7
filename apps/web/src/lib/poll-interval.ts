const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 10_000;

/** Backoff between polls: 1 s, 2 s, 4 s, 8 s, then 10 s. */
export function pollDelay(attempt: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempt), MAX_DELAY_MS);
}

// Per query: the dataUpdateCount at which its data became transitional.
const pollStarts = new WeakMap<object, number>();

/**
 * A react-query `refetchInterval` that polls while `isBusy(data)` and stops once stable. It is
 * derived from the data alone, so polling resumes by itself after a page reload.
 */
export function pollWhile<T>(isBusy: (data: T) => boolean) {
  // Typed structurally so it fits any query's `refetchInterval`, whatever its key.
  return (query: { state: { data: T | undefined; dataUpdateCount: number } }): number | false => {
    const { data, dataUpdateCount } = query.state;
    if (data === undefined || !isBusy(data)) {
      pollStarts.delete(query);
      return false;
    }
    let start = pollStarts.get(query);
    if (start === undefined) {
      start = dataUpdateCount;
      pollStarts.set(query, start);
    }
    return pollDelay(dataUpdateCount - start);
  };
}
