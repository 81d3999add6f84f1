import { Field, Input, Radio, RadioGroup, Select, Subtitle2 } from '@fluentui/react-components';
import { useSettingsT } from '../i18n/en-US/settings.ts';
import { weekdayName } from './schedule-preview.ts';
import type { FieldErrors, SettingsDraft } from './settings-draft.ts';
import { useSettingsStyles } from './settings-styles.ts';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** When check-ins go out (at the same wall-clock time for everyone), how long they stay open, the reminder. */
export function ScheduleSection({
  draft,
  errors,
  locale,
  preview,
  onChange,
}: {
  draft: SettingsDraft;
  errors: FieldErrors;
  locale: string;
  preview: string | undefined;
  onChange(patch: Partial<SettingsDraft>): void;
}) {
  const styles = useSettingsStyles();
  const t = useSettingsT();
  return (
    <fieldset className={styles.section} data-testid="settings-schedule">
      <legend className={styles.legend}>
        <Subtitle2>{t('settings.schedule.title')}</Subtitle2>
      </legend>
      <div className={styles.fields}>
        <Field label={t('settings.schedule.day')}>
          <Select
            data-testid="settings-weekday"
            value={String(draft.weekday)}
            onChange={(_, data) => onChange({ weekday: Number(data.value) })}
          >
            {WEEKDAYS.map((day) => (
              <option key={day} value={day}>
                {weekdayName(day, locale, 'long')}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={t('settings.schedule.localTime')}
          hint={t('settings.schedule.localTimeHint')}
          validationMessage={errors['settings.checkIn.localTime']}
        >
          <Input
            type="time"
            data-testid="settings-local-time"
            value={draft.localTime}
            onChange={(_, data) => onChange({ localTime: data.value })}
          />
        </Field>
        <Field
          label={t('settings.schedule.windowHours')}
          validationMessage={errors['settings.checkIn.windowHours']}
        >
          <Input
            type="number"
            min={1}
            max={168}
            data-testid="settings-window-hours"
            value={draft.windowHours}
            onChange={(_, data) => onChange({ windowHours: data.value })}
          />
        </Field>
        <Field
          label={t('settings.schedule.reminderPercent')}
          validationMessage={errors['settings.checkIn.reminderAtPercent']}
        >
          <Input
            type="number"
            min={10}
            max={95}
            step={5}
            data-testid="settings-reminder-percent"
            value={draft.reminderAtPercent}
            onChange={(_, data) => onChange({ reminderAtPercent: data.value })}
          />
        </Field>
      </div>
      <Field label={t('settings.schedule.frequency')}>
        <RadioGroup
          layout="horizontal"
          value={draft.frequency}
          onChange={(_, data) => onChange({ frequency: data.value === 'biweekly' ? 'biweekly' : 'weekly' })}
        >
          <Radio value="weekly" label={t('settings.schedule.weekly')} />
          <Radio value="biweekly" label={t('settings.schedule.biweekly')} />
        </RadioGroup>
      </Field>
      <p className={styles.hint} data-testid="settings-preview" aria-live="polite">
        {preview ?? t('settings.schedule.previewInvalid')}
      </p>
    </fieldset>
  );
}
