import { useCallback, useEffect, useState } from 'react';
import type { MyWorkResponse } from '../../shared/api/my-work.ts';
import { fetchMyWork } from '../api/api-client.ts';
import { useShellT } from '../i18n/en-US/shell.ts';
import type { PersonalSession } from '../session/session.ts';
import { describeFailure } from '../shell/describe-failure.ts';

export type MyWorkState =
  { kind: 'loading' } | { kind: 'failed'; error: unknown } | { kind: 'ready'; work: MyWorkResponse };

/**
 * Reads the person's work; the host hears once whether the first screen showed content or failed, in
 * the words the tab shows, as the team tab's start-up does.
 */
export function useMyWork(session: PersonalSession): { state: MyWorkState; retry(): void } {
  const shellT = useShellT();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<MyWorkState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    fetchMyWork(session.getToken).then(
      (work) => {
        if (!live) return;
        setState({ kind: 'ready', work });
        session.notifySuccess();
      },
      (error: unknown) => {
        if (!live) return;
        setState({ kind: 'failed', error });
        const { kind, message } = describeFailure(error, shellT);
        session.notifyFailure(kind, message);
      },
    );
    return () => {
      live = false;
    };
  }, [session, attempt, shellT]);
  const retry = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}
