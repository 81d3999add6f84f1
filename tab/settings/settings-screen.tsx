import {
  Subtitle2,
  Toast,
  ToastTitle,
  Toaster,
  makeStyles,
  tokens,
  useId,
  useToastController,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { SettingsResponse } from '../../shared/api/settings-requests.ts';
import { usableLocale } from '../format/locale.ts';
import { useSettingsT } from '../i18n/en-US/settings.ts';
import { useShellT } from '../i18n/en-US/shell.ts';
import { describeFailure } from '../shell/describe-failure.ts';
import { ErrorState } from '../shell/error-state.tsx';
import { LoadingState } from '../shell/loading-state.tsx';
import { useTeamData } from '../shell/team-data.ts';
import { useContentShown } from '../shell/use-content-shown.ts';
import { schedulePreview } from './schedule-preview.ts';
import { draftOf } from './settings-draft.ts';
import { SettingsForm } from './settings-form.tsx';
import { SettingsSummary } from './settings-summary.tsx';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    minWidth: 0,
    maxWidth: '960px',
  },
});

type Load =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; response: SettingsResponse };

/** Team settings: leaders edit them, members see them read-only. */
export function SettingsScreen() {
  const styles = useStyles();
  const t = useSettingsT();
  const shellT = useShellT();
  const { api, session, board, reload } = useTeamData();
  useContentShown('settings');
  const toasterId = useId('settings-toaster');
  const { dispatchToast } = useToastController(toasterId);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const locale = usableLocale(session.locale);

  useEffect(() => {
    let live = true;
    api.getSettings().then(
      (response) => live && setLoad({ kind: 'ready', response }),
      (error: unknown) =>
        live && setLoad({ kind: 'failed', message: describeFailure(error, shellT).message }),
    );
    return () => {
      live = false;
    };
  }, [api, attempt, shellT]);

  const saved = useCallback(
    (response: SettingsResponse) => {
      setLoad({ kind: 'ready', response });
      dispatchToast(
        <Toast>
          <ToastTitle>{t('settings.screen.saved')}</ToastTitle>
        </Toast>,
        { intent: 'success' },
      );
      // Other screens read the team's settings (values, WIP limit, who leads) from the board.
      void reload().catch(() => undefined);
    },
    [dispatchToast, reload, t],
  );

  return (
    <section className={styles.root} data-testid="settings" aria-label={t('settings.screen.label')}>
      <Subtitle2 as="h1">{t('settings.screen.title')}</Subtitle2>
      <Toaster toasterId={toasterId} position="top-end" inline />
      {load.kind === 'loading' && <LoadingState label={t('settings.screen.loading')} />}
      {load.kind === 'failed' && (
        <ErrorState
          title={t('settings.screen.loadFailed')}
          message={load.message}
          onRetry={() => {
            setLoad({ kind: 'loading' });
            setAttempt((n) => n + 1);
          }}
        />
      )}
      {load.kind === 'ready' &&
        (load.response.canEdit ? (
          <SettingsForm
            key={load.response.etag}
            response={load.response}
            api={api}
            meId={board.me.userId}
            locale={locale}
            onSaved={saved}
            onReplaced={(response) => setLoad({ kind: 'ready', response })}
          />
        ) : (
          <SettingsSummary
            response={load.response}
            preview={schedulePreview(draftOf(load.response.settings), new Date(), locale, t)}
          />
        ))}
    </section>
  );
}
