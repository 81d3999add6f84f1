/** A clock the service reads for its timestamps; tests move it to tell writes apart. */
export interface TestClock {
  now: () => Date;
  /** Moves the clock forward and answers the new time as an ISO string. */
  advance(minutes: number): string;
  iso(): string;
}

export function testClock(start = '2026-03-02T09:00:00.000Z'): TestClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    advance(minutes) {
      current = new Date(current.getTime() + minutes * 60_000);
      return current.toISOString();
    },
    iso: () => current.toISOString(),
  };
}
