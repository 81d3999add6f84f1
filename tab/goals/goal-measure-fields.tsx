import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useGoalsT, type GoalsKey } from '../i18n/en-US/goals.ts';
import type { GoalDraft } from './goal-draft.ts';

type MeasureKey = 'metric' | 'unit' | 'baseline' | 'current' | 'target';

const FIELDS: ReadonlyArray<{ key: MeasureKey; label: GoalsKey; numeric: boolean }> = [
  { key: 'metric', label: 'goals.measure.metric', numeric: false },
  { key: 'unit', label: 'goals.measure.unit', numeric: false },
  { key: 'baseline', label: 'goals.measure.baseline', numeric: true },
  { key: 'current', label: 'goals.measure.current', numeric: true },
  { key: 'target', label: 'goals.measure.target', numeric: true },
];

const useStyles = makeStyles({
  root: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 90px), 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  field: { minWidth: 0 },
  input: { width: '100%', minWidth: 0 },
});

/** The optional measure: metric and unit, and where it starts, stands and should end. */
export function GoalMeasureFields({
  draft,
  error,
  onChange,
}: {
  draft: GoalDraft;
  error?: string;
  onChange(key: MeasureKey, value: string): void;
}) {
  const styles = useStyles();
  const t = useGoalsT();
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>{t('goals.measure.legend')}</legend>
      <div className={styles.grid}>
        {FIELDS.map(({ key, label, numeric }) => (
          <Field key={key} label={t(label)} className={styles.field}>
            <Input
              className={styles.input}
              value={draft[key]}
              type={numeric ? 'number' : 'text'}
              inputMode={numeric ? 'decimal' : undefined}
              onChange={(_, data) => onChange(key, data.value)}
            />
          </Field>
        ))}
      </div>
      {error && (
        <Field validationMessage={error} validationState="error">
          {null}
        </Field>
      )}
    </fieldset>
  );
}
