import { useCallback, useEffect, useState } from 'react';
import type { MyWorkResponse } from '../../shared/api/my-work.ts';
import { fetchMyWork } from '../api/api-client.ts';
import { ApiError } from '../api/api-error.ts';
import { createTranslator } from '../../shared/i18n/translate.ts';
import { mine, type MineT } from '../i18n/en-US/mine.ts';
import type { PersonalSession } from '../session/session.ts';
import type { FailureKind } from '../teams/teams-sdk.ts';

export type MyWorkState =
  { kind: 'loading' } | { kind: 'failed'; error: unknown } | { kind: 'ready'; work: MyWorkResponse };

/** Reads the person's work; the host hears once whether the first screen showed content or failed. */
export function useMyWork(session: PersonalSession): { state: MyWorkState; retry(): void } {
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
        const { kind, message } = describeMyWorkFailure(error, englishMineT);
        session.notifyFailure(kind, message);
      },
    );
    return () => {
      live = false;
    };
  }, [session, attempt]);
  const retry = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}

/** What the host is told stays English, as the shell's start-up failures do. */
const englishMineT: MineT = createTranslator('en-US', mine);

/** Same words as the API client's, which tell a timeout from an unreachable service. */
const TIMEOUT_MESSAGE = 'Cadence did not answer in time.';

export function describeMyWorkFailure(error: unknown, t: MineT): { kind: FailureKind; message: string } {
  if (error instanceof ApiError) {
    if (error.status === 0) {
      const timedOut = error.message === TIMEOUT_MESSAGE;
      return { kind: 'timeout', message: t(timedOut ? 'mine.error.timeout' : 'mine.error.unreachable') };
    }
    if (error.status === 401) return { kind: 'auth', message: t('mine.error.signIn') };
    return { kind: 'other', message: t('mine.error.status', { status: error.status }) };
  }
  return { kind: 'other', message: t('mine.error.other') };
}
