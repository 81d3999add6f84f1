import { Body1, Button, Field, Input, Subtitle2 } from '@fluentui/react-components';
import { Add20Regular, ArrowDown20Regular, ArrowUp20Regular, Delete20Regular } from '@fluentui/react-icons';
import { DEFAULT_TEAM_VALUES } from '../../shared/domain/default-values.ts';
import { LIMITS } from '../../shared/domain/limits.ts';
import { useSettingsT } from '../i18n/en-US/settings.ts';
import {
  MAX_VALUES,
  defaultValues,
  move,
  newValue,
  type FieldErrors,
  type ValueDraft,
} from './settings-draft.ts';
import { useSettingsStyles } from './settings-styles.ts';

/** The team's values: the badges recognition carries. */
export function ValuesSection({
  values,
  errors,
  onChange,
}: {
  values: ValueDraft[];
  errors: FieldErrors;
  onChange(values: ValueDraft[]): void;
}) {
  const styles = useSettingsStyles();
  const t = useSettingsT();
  const edit = (index: number, patch: Partial<ValueDraft>) =>
    onChange(values.map((v, i) => (i === index ? { ...v, ...patch } : v)));
  const full = values.length >= MAX_VALUES;
  const error = (index: number, field: string) => errors[`settings.values.${index}.${field}`];
  return (
    <fieldset className={styles.section} data-testid="settings-values">
      <legend className={styles.legend}>
        <Subtitle2>{t('settings.values.title')}</Subtitle2>
      </legend>
      {values.length === 0 ? (
        <Body1 className={styles.hint}>
          {t('settings.values.emptyHint', {
            defaults: DEFAULT_TEAM_VALUES.map((v) => `${v.emoji} ${v.name}`).join(', '),
          })}
        </Body1>
      ) : (
        <Body1 className={styles.hint}>
          {t('settings.values.hint', { count: values.length, max: MAX_VALUES })}
        </Body1>
      )}
      {errors['settings.values'] && <Body1 role="alert">{errors['settings.values']}</Body1>}
      <ol className={styles.list}>
        {values.map((value, index) => (
          <li key={value.key} className={styles.item} data-testid="settings-value">
            <Field
              className={styles.emoji}
              label={t('settings.values.emoji')}
              validationMessage={error(index, 'emoji')}
            >
              <Input
                value={value.emoji}
                maxLength={16}
                onChange={(_, d) => edit(index, { emoji: d.value })}
              />
            </Field>
            <Field
              className={styles.grow}
              label={t('settings.values.label', { number: index + 1 })}
              validationMessage={error(index, 'name') ?? error(index, 'id')}
            >
              <Input
                value={value.name}
                maxLength={LIMITS.name}
                onChange={(_, d) => edit(index, { name: d.value })}
              />
            </Field>
            <Field
              className={styles.grow}
              label={t('settings.values.description')}
              validationMessage={error(index, 'description')}
            >
              <Input
                value={value.description}
                maxLength={LIMITS.shortText}
                onChange={(_, d) => edit(index, { description: d.value })}
              />
            </Field>
            <div className={styles.actions}>
              <Button
                icon={<ArrowUp20Regular />}
                aria-label={t('settings.values.moveUp', { number: index + 1 })}
                disabled={index === 0}
                onClick={() => onChange(move(values, index, -1))}
              />
              <Button
                icon={<ArrowDown20Regular />}
                aria-label={t('settings.values.moveDown', { number: index + 1 })}
                disabled={index === values.length - 1}
                onClick={() => onChange(move(values, index, 1))}
              />
              <Button
                icon={<Delete20Regular />}
                aria-label={t('settings.values.remove', { number: index + 1 })}
                onClick={() => onChange(values.filter((_, i) => i !== index))}
              />
            </div>
          </li>
        ))}
      </ol>
      <div className={styles.buttons}>
        <Button icon={<Add20Regular />} disabled={full} onClick={() => onChange([...values, newValue()])}>
          {full ? t('settings.values.full', { max: MAX_VALUES }) : t('settings.values.add')}
        </Button>
        {values.length === 0 && (
          <Button onClick={() => onChange(defaultValues())}>{t('settings.values.defaults')}</Button>
        )}
      </div>
    </fieldset>
  );
}
