/**
 * Timings for end-to-end tests and benchmarks, read from `window.__cadence`. Times are
 * `performance.now()` values: milliseconds since this document's navigation started.
 */
export interface CadenceProbe {
  mode?: 'teams' | 'local';
  boardReadyAt?: number;
  notifySuccessAt?: number;
  /** Resolves with `boardReadyAt` when the board first shows its content. */
  boardReady: Promise<number>;
}

declare global {
  interface Window {
    __cadence: CadenceProbe;
  }
}

let resolveBoardReady: (at: number) => void = () => {};
window.__cadence = { boardReady: new Promise((resolve) => (resolveBoardReady = resolve)) };

export function recordMode(mode: 'teams' | 'local'): void {
  window.__cadence.mode = mode;
}

export function recordBoardReady(): void {
  if (window.__cadence.boardReadyAt !== undefined) return;
  performance.mark('board-ready');
  const at = performance.now();
  window.__cadence.boardReadyAt = at;
  resolveBoardReady(at);
}

export function recordNotifySuccess(): void {
  window.__cadence.notifySuccessAt ??= performance.now();
}
