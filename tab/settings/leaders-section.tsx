import { Body1, Checkbox, Field, Subtitle2 } from '@fluentui/react-components';
import type { SettingsRosterEntry } from '../../shared/api/settings-requests.ts';
import { useSettingsT } from '../i18n/en-US/settings.ts';
import type { FieldErrors } from './settings-draft.ts';
import { useSettingsStyles } from './settings-styles.ts';

/** Who leads the team: any active member; at least one must stay. */
export function LeadersSection({
  roster,
  leaders,
  meId,
  errors,
  onChange,
}: {
  roster: SettingsRosterEntry[];
  leaders: string[];
  meId: string;
  errors: FieldErrors;
  onChange(leaders: string[]): void;
}) {
  const styles = useSettingsStyles();
  const t = useSettingsT();
  const chosen = new Set(leaders);
  const toggle = (userId: string, on: boolean) =>
    onChange(on ? [...leaders, userId] : leaders.filter((id) => id !== userId));
  const rosterError = Object.entries(errors).find(([field]) => field.startsWith('settings.leaders'))?.[1];
  return (
    <fieldset className={styles.section} data-testid="settings-leaders">
      <legend className={styles.legend}>
        <Subtitle2>{t('settings.leaders.title')}</Subtitle2>
      </legend>
      <Body1 className={styles.hint}>{t('settings.leaders.hint')}</Body1>
      <Field validationMessage={rosterError}>
        <div className={styles.roster} role="group" aria-label={t('settings.leaders.title')}>
          {roster.map((person) => (
            <Checkbox
              key={person.userId}
              label={person.userId === meId ? t('settings.leaders.me', { name: person.name }) : person.name}
              checked={chosen.has(person.userId)}
              data-testid={`settings-leader-${person.userId}`}
              onChange={(_, data) => toggle(person.userId, data.checked === true)}
            />
          ))}
        </div>
      </Field>
    </fieldset>
  );
}
