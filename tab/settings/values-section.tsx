import { Body1, Button, Field, Input, Subtitle2 } from '@fluentui/react-components';
import { Add20Regular, ArrowDown20Regular, ArrowUp20Regular, Delete20Regular } from '@fluentui/react-icons';
import { DEFAULT_TEAM_VALUES } from '../../shared/domain/default-values.ts';
import { LIMITS } from '../../shared/domain/limits.ts';
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
  const edit = (index: number, patch: Partial<ValueDraft>) =>
    onChange(values.map((v, i) => (i === index ? { ...v, ...patch } : v)));
  const full = values.length >= MAX_VALUES;
  const error = (index: number, field: string) => errors[`settings.values.${index}.${field}`];
  return (
    <fieldset className={styles.section} data-testid="settings-values">
      <legend className={styles.legend}>
        <Subtitle2>Values and badges</Subtitle2>
      </legend>
      {values.length === 0 ? (
        <Body1 className={styles.hint}>
          No values of your own yet: recognition offers{' '}
          {DEFAULT_TEAM_VALUES.map((v) => `${v.emoji} ${v.name}`).join(', ')}.
        </Body1>
      ) : (
        <Body1 className={styles.hint}>
          Recognition is given for one of these ({values.length} of {MAX_VALUES}).
        </Body1>
      )}
      {errors['settings.values'] && <Body1 role="alert">{errors['settings.values']}</Body1>}
      <ol className={styles.list}>
        {values.map((value, index) => (
          <li key={value.key} className={styles.item} data-testid="settings-value">
            <Field className={styles.emoji} label="Emoji" validationMessage={error(index, 'emoji')}>
              <Input
                value={value.emoji}
                maxLength={16}
                onChange={(_, d) => edit(index, { emoji: d.value })}
              />
            </Field>
            <Field
              className={styles.grow}
              label={`Value ${index + 1}`}
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
              label="Description"
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
                aria-label={`Move value ${index + 1} up`}
                disabled={index === 0}
                onClick={() => onChange(move(values, index, -1))}
              />
              <Button
                icon={<ArrowDown20Regular />}
                aria-label={`Move value ${index + 1} down`}
                disabled={index === values.length - 1}
                onClick={() => onChange(move(values, index, 1))}
              />
              <Button
                icon={<Delete20Regular />}
                aria-label={`Remove value ${index + 1}`}
                onClick={() => onChange(values.filter((_, i) => i !== index))}
              />
            </div>
          </li>
        ))}
      </ol>
      <div className={styles.buttons}>
        <Button icon={<Add20Regular />} disabled={full} onClick={() => onChange([...values, newValue()])}>
          {full ? `At most ${MAX_VALUES} values` : 'Add value'}
        </Button>
        {values.length === 0 && (
          <Button onClick={() => onChange(defaultValues())}>Start from the defaults</Button>
        )}
      </div>
    </fieldset>
  );
}
