import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { createAnswerer, type HostEvents, type HostSnapshot } from './host-answers.ts';
import { hostProbe, recordFrameStart, type HostMessage } from './host-probe.ts';
import type { FrameStatus } from './host-status.tsx';
import { sendHostEvent, serveTeamsRequests } from './teams-bridge.ts';

export interface SavedTab {
  contentUrl?: string;
  entityId?: string;
}

export interface HostBridge {
  /** Changes whenever the tab frame is recreated (a new user, page or a reload). */
  frameKey: number;
  attachFrame(frame: HTMLIFrameElement | null): void;
  status: FrameStatus;
  messages: HostMessage[];
  /** The configuration page said its choices can be saved. */
  valid: boolean;
  saveError?: string;
  remount(): void;
  /** Sends a host event (`themeChange`, `settings.save`) to the current tab frame. */
  send(func: string, args: unknown[]): void;
}

/** Serves the tab frame's teams-js requests from the host's current state, and records what it said. */
export function useHostBridge(
  snapshot: RefObject<HostSnapshot | undefined>,
  onSaved: (tab: SavedTab) => void,
): HostBridge {
  const frameRef = useRef<HTMLIFrameElement | null>(null);
  const [frameKey, setFrameKey] = useState(0);
  const [status, setStatus] = useState<FrameStatus>({});
  const [valid, setValid] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  const [messages, setMessages] = useState<HostMessage[]>([]);
  const saved = useRef(onSaved);

  useEffect(() => {
    saved.current = onSaved;
  }, [onSaved]);

  const remount = useCallback(() => {
    setStatus({});
    setValid(false);
    setSaveError(undefined);
    setFrameKey((key) => key + 1);
  }, []);

  useEffect(() => {
    const events: HostEvents = {
      message: (entry) => setMessages((list) => [...list, entry]),
      notifySuccess: () => {
        const at = performance.now();
        hostProbe.notifySuccessAt ??= at;
        setStatus((s) => ({ ...s, successAfterMs: at - (hostProbe.frameStartedAt ?? 0) }));
      },
      notifyFailure: (reason, message) => {
        hostProbe.notifyFailure = { reason, message };
        setStatus((s) => ({ ...s, failure: `${String(reason)}: ${String(message)}` }));
      },
      validity: setValid,
      configSaved: (config) => {
        hostProbe.savedConfig = config;
      },
      saveFinished: (failure) => {
        if (failure !== undefined) return setSaveError(failure);
        const config = (hostProbe.savedConfig ?? {}) as SavedTab;
        saved.current({ contentUrl: config.contentUrl, entityId: config.entityId });
        remount();
      },
    };
    const current = () => {
      if (!snapshot.current) throw new Error('the host answered before the demo team loaded');
      return snapshot.current;
    };
    return serveTeamsRequests(() => frameRef.current?.contentWindow, createAnswerer(current, events));
  }, [snapshot, remount]);

  const attachFrame = useCallback((frame: HTMLIFrameElement | null) => {
    frameRef.current = frame;
    if (frame) recordFrameStart();
  }, []);

  const send = useCallback((func: string, args: unknown[]) => {
    sendHostEvent(frameRef.current?.contentWindow, func, args);
  }, []);

  return { frameKey, attachFrame, status, messages, valid, saveError, remount, send };
}
