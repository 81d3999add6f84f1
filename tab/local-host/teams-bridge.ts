/**
 * The postMessage side of Teams, as teams-js 2.x speaks it: the tab posts requests
 * `{id, uuidAsString, func, args}`; the host answers `{id, uuidAsString, args}` and sends events as
 * `{func, args}` without an id (an id would make teams-js take the event for an answer).
 */
export interface HostRequest {
  id: number;
  uuidAsString?: string;
  func: string;
  args: unknown[];
}

/** The answer's `args`, or `undefined` for a message that expects none. */
export type Answer = unknown[] | undefined;

function isHostRequest(data: unknown): data is HostRequest {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Partial<HostRequest>;
  return typeof message.id === 'number' && typeof message.func === 'string';
}

/**
 * Answers the requests of the tab in `frame()`. Only same-origin frames are served: a tab on another
 * origin would not trust this host either. Answers go to the window that asked, so a late answer to a
 * tab that has since been reloaded reaches nobody.
 */
export function serveTeamsRequests(
  frame: () => Window | null | undefined,
  answer: (request: HostRequest) => Answer | Promise<Answer>,
): () => void {
  const origin = window.location.origin;
  const listener = (event: MessageEvent) => {
    const source = event.source as Window | null;
    if (event.origin !== origin || !source || source !== frame() || !isHostRequest(event.data)) return;
    const request = event.data;
    void Promise.resolve(answer(request)).then((args) => {
      if (args) source.postMessage({ id: request.id, uuidAsString: request.uuidAsString, args }, origin);
    });
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}

/** An event from the host, such as `themeChange`. */
export function sendHostEvent(target: Window | null | undefined, func: string, args: unknown[]): void {
  target?.postMessage({ func, args }, window.location.origin);
}
