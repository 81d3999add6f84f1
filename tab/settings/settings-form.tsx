import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SettingsResponse } from '../../shared/api/settings-requests.ts';
import type { ApiClient } from '../api/api-client.ts';
import { useSettingsT } from '../i18n/en-US/settings.ts';
import { LeadersSection } from './leaders-section.tsx';
import { QuestionsSection } from './questions-section.tsx';
import { ScheduleSection } from './schedule-section.tsx';
import { schedulePreview } from './schedule-preview.ts';
import {
  checkDraft,
  draftFromResponse,
  isDirty,
  requestOf,
  type FieldErrors,
  type SettingsDraft,
} from './settings-draft.ts';
import { conflictSettings, describeSaveError, fieldErrorsOf } from './settings-errors.ts';
import { useSettingsStyles } from './settings-styles.ts';
import { TimeZonePicker, knownTimeZones } from './time-zone-picker.tsx';
import { useUnsavedGuard } from './use-unsaved-guard.ts';
import { ValuesSection } from './values-section.tsx';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    position: 'sticky',
    bottom: 0,
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  message: { flexBasis: '100%' },
});

/** The leaders' form. Saves the whole settings with the ETag they were read with. */
export function SettingsForm({
  response,
  api,
  meId,
  locale,
  onSaved,
  onReplaced,
}: {
  response: SettingsResponse;
  api: ApiClient;
  meId: string;
  locale: string;
  onSaved(saved: SettingsResponse): void;
  /** Someone else's version, loaded instead of this one's edits. */
  onReplaced(current: SettingsResponse): void;
}) {
  const styles = useStyles();
  const t = useSettingsT();
  const sections = useSettingsStyles();
  const saved = useMemo(() => draftFromResponse(response), [response]);
  const [draft, setDraft] = useState<SettingsDraft>(saved);
  /** From the service's last answer; dropped at the next edit. */
  const [serviceErrors, setServiceErrors] = useState<FieldErrors>({});
  /** After a refused save the form's own checks run live, so fixed fields clear as they are fixed. */
  const [checking, setChecking] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<SettingsResponse>();
  const [failure, setFailure] = useState<string>();
  const formRef = useRef<HTMLFormElement>(null);
  const zones = useMemo(() => knownTimeZones(response.settings.timeZone), [response.settings.timeZone]);
  const dirty = isDirty(draft, saved);
  const known = (zone: string) => zones.includes(zone);
  const errors: FieldErrors = { ...serviceErrors, ...(checking ? checkDraft(draft, known, t) : {}) };
  useUnsavedGuard(dirty);

  useEffect(() => {
    if (focusRequest > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const change = (patch: Partial<SettingsDraft>) => {
    setServiceErrors({});
    setDraft((current) => ({ ...current, ...patch }));
  };
  const refuse = (problems: FieldErrors) => {
    setServiceErrors(problems);
    setFocusRequest((n) => n + 1);
  };

  const save = async () => {
    setFailure(undefined);
    setConflict(undefined);
    setChecking(true);
    if (Object.keys(checkDraft(draft, known, t)).length > 0) {
      refuse({});
      return;
    }
    setSaving(true);
    try {
      onSaved(await api.saveSettings(response.etag, requestOf(draft)));
    } catch (error) {
      const current = conflictSettings(error);
      const fields = fieldErrorsOf(error);
      if (current) setConflict(current);
      else if (fields) refuse(fields);
      else setFailure(describeSaveError(error, t));
    } finally {
      setSaving(false);
    }
  };

  const errorCount = Object.keys(errors).length;
  return (
    <form
      ref={formRef}
      className={styles.form}
      noValidate
      aria-label={t('settings.screen.title')}
      data-testid="settings-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <ScheduleSection
        draft={draft}
        errors={errors}
        locale={locale}
        preview={schedulePreview(draft, new Date(), locale, t)}
        onChange={change}
      />
      <QuestionsSection
        questions={draft.questions}
        errors={errors}
        onChange={(questions) => change({ questions })}
      />
      <ValuesSection values={draft.values} errors={errors} onChange={(values) => change({ values })} />
      <LeadersSection
        roster={response.roster}
        leaders={draft.leaders}
        meId={meId}
        errors={errors}
        onChange={(leaders) => change({ leaders })}
      />
      <fieldset className={sections.section} data-testid="settings-work">
        <legend className={sections.legend}>
          <Subtitle2>{t('settings.work.title')}</Subtitle2>
        </legend>
        <div className={sections.fields}>
          <Field label={t('settings.work.wipLimit')} validationMessage={errors['settings.wipLimit']}>
            <Input
              type="number"
              min={1}
              max={50}
              data-testid="settings-wip-limit"
              value={draft.wipLimit}
              onChange={(_, data) => change({ wipLimit: data.value })}
            />
          </Field>
          <TimeZonePicker
            value={draft.timeZone}
            zones={zones}
            error={errors['settings.timeZone']}
            onChange={(timeZone) => change({ timeZone })}
          />
        </div>
      </fieldset>
      <div className={styles.footer}>
        {conflict && (
          <MessageBar
            intent="warning"
            layout="multiline"
            className={styles.message}
            data-testid="settings-conflict"
          >
            <MessageBarBody>
              <MessageBarTitle>{t('settings.form.conflictTitle')}</MessageBarTitle>
              {t('settings.form.conflictBody')}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => onReplaced(conflict)}>
                {t('settings.form.reload')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {errorCount > 0 && (
          <MessageBar
            intent="error"
            layout="multiline"
            className={styles.message}
            data-testid="settings-invalid"
          >
            <MessageBarBody>{t('settings.form.invalid', { count: errorCount })}</MessageBarBody>
          </MessageBar>
        )}
        {failure && (
          <MessageBar className={styles.message} intent="error" layout="multiline">
            <MessageBarBody>{failure}</MessageBarBody>
          </MessageBar>
        )}
        <Button appearance="primary" type="submit" disabled={saving || !dirty} data-testid="settings-save">
          {saving ? t('settings.form.saving') : t('settings.form.save')}
        </Button>
        <Button
          disabled={saving || !dirty}
          onClick={() => {
            setDraft(saved);
            setServiceErrors({});
            setChecking(false);
          }}
        >
          {t('settings.form.discard')}
        </Button>
        <Body1 aria-live="polite" data-testid="settings-dirty">
          {dirty ? t('settings.form.dirty') : t('settings.form.clean')}
        </Body1>
      </div>
    </form>
  );
}
