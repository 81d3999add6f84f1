import { useCallback, useEffect, useState } from 'react';
import type { HistoryItem, HistoryResponse } from '../../shared/api/history.ts';
import type { ApiClient } from '../api/api-client.ts';

const PAGE_SIZE = 20;

export interface HistoryState {
  status: 'loading' | 'ready' | 'failed';
  items: HistoryItem[];
  checkInsVisible: boolean;
  nextBefore?: string;
  loadingMore: boolean;
  /** A failed load, for the screen to put in words. */
  error?: { cause: unknown };
}

const INITIAL: HistoryState = { status: 'loading', items: [], checkInsVisible: false, loadingMore: false };

/** Identifies an item across pages and writes. */
export function historyItemKey(item: HistoryItem): string {
  switch (item.kind) {
    case 'check-in':
      return `check-in:${item.checkIn.week}`;
    case 'feedback-received':
    case 'feedback-given':
      return `${item.kind}:${item.feedback.id}`;
    default:
      return `${item.kind}:${item.recognition.id}`;
  }
}

/** Items of `next` not already shown: a page boundary or a retried write must not show one twice. */
function merge(shown: HistoryItem[], next: HistoryItem[], atTop: boolean): HistoryItem[] {
  const keys = new Set(shown.map(historyItemKey));
  const fresh = next.filter((item) => !keys.has(historyItemKey(item)));
  return atTop ? [...fresh, ...shown] : [...shown, ...fresh];
}

/** One person's history, a page at a time, newest first. Remount (key by person) to switch people. */
export function useHistory(api: ApiClient, userId: string) {
  const [state, setState] = useState<HistoryState>(INITIAL);

  const apply = useCallback((page: HistoryResponse, more: boolean) => {
    setState((s) => ({
      status: 'ready',
      items: more ? merge(s.items, page.items, false) : page.items,
      checkInsVisible: page.checkInsVisible,
      nextBefore: page.nextBefore,
      loadingMore: false,
    }));
  }, []);

  const fail = useCallback((error: unknown) => {
    setState((s) => ({
      ...s,
      status: s.status === 'loading' ? 'failed' : s.status,
      loadingMore: false,
      error: { cause: error },
    }));
  }, []);

  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    api.history(userId, { limit: PAGE_SIZE }).then(
      (page) => current && apply(page, false),
      (error: unknown) => current && fail(error),
    );
    return () => {
      current = false;
    };
  }, [api, userId, attempt, apply, fail]);

  const retry = useCallback(() => {
    setState(INITIAL);
    setAttempt((n) => n + 1);
  }, []);

  const loadMore = useCallback(() => {
    const before = state.nextBefore;
    if (before === undefined || state.loadingMore) return;
    setState((s) => ({ ...s, loadingMore: true, error: undefined }));
    api.history(userId, { limit: PAGE_SIZE, before }).then((page) => apply(page, true), fail);
  }, [api, userId, state.nextBefore, state.loadingMore, apply, fail]);

  const prepend = useCallback(
    (item: HistoryItem) => setState((s) => ({ ...s, items: merge(s.items, [item], true) })),
    [],
  );

  return { state, loadMore, retry, prepend };
}
