/**
 * What the host saw, for end-to-end tests and benchmarks: `window.__host`. Times are the host page's
 * `performance.now()`; `frameStartedAt` is when the current tab frame was created.
 */
export interface HostProbe {
  loads: number;
  frameStartedAt?: number;
  notifySuccessAt?: number;
  notifyFailure?: { reason: unknown; message: unknown };
  savedConfig?: unknown;
  /** Every request the tab sent, oldest first (requests only: tokens are never recorded). */
  messages: HostMessage[];
}

export interface HostMessage {
  func: string;
  at: number;
  args: unknown[];
  /** False for a request this host does not play: it answered "not supported". */
  played: boolean;
}

declare global {
  interface Window {
    __host: HostProbe;
  }
}

window.__host = { loads: 0, messages: [] };

export const hostProbe = window.__host;

export function recordFrameStart(): void {
  hostProbe.loads += 1;
  hostProbe.frameStartedAt = performance.now();
  hostProbe.notifySuccessAt = undefined;
  hostProbe.notifyFailure = undefined;
}
